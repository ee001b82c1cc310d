import { deflateSync, inflateSync } from 'node:zlib';
import { DECISION_COLUMNS } from '../features/decision.js';
import { BITS } from '../features/vector.js';
import { LinearModel, sigmoid } from './linear.js';
import type { Forest, Tree } from './trees.js';

/**
 * The trained answer model: a candidate ranker, and the two halves of the abstain decision as
 * boosted trees (is the question answerable here; is the best candidate right if it is).
 */
export interface AnswerModel {
  ranker: LinearModel;
  answerable: Forest;
  correct: Forest;
  /** Answer only when the expected EM of answering beats abstaining by this (see `answerConfidence`). */
  threshold: number;
}

/** How a model is stored: the ranker's weights quantised to int16, the trees as float32, each deflated, in base64. */
export interface StoredModel {
  format: 3;
  bits: number;
  threshold: number;
  /** The threshold with the best SQuAD 2.0 EM out of fold, for the evaluation (SQuAD is half unanswerable). */
  squadThreshold?: number;
  /** What the weights were trained on and how, for the README and --explain. */
  trainedOn: string;
  ranker: StoredWeights;
  answerable: StoredForest;
  correct: StoredForest;
}

interface StoredForest {
  base: number;
  depth: number;
  trees: number;
  /** Names of the columns the trees test, which must be this build's (see DECISION_COLUMNS). */
  columns: string[];
  /** Deflated float32s, base64: per tree its features, thresholds, then every node's value. */
  data: string;
}

interface StoredWeights {
  /** Weight = int16 × scale. */
  scale: number;
  /** Deflated little-endian int16 weights, base64. */
  data: string;
}

function encode(m: LinearModel): StoredWeights {
  let max = 0;
  for (const w of m.w) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const q = Int16Array.from(m.w, (w) => Math.round(w / scale));
  return { scale, data: deflateSync(Buffer.from(q.buffer), { level: 9 }).toString('base64') };
}

function decode(s: StoredWeights): LinearModel {
  const raw = inflateSync(Buffer.from(s.data, 'base64'));
  const q = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
  if (q.length !== 1 << BITS)
    throw new Error(`answer model has ${q.length} weights; this build expects ${1 << BITS}`);
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) w[i] = (q[i] as number) * s.scale;
  return new LinearModel(w);
}

function encodeForest(f: Forest): StoredForest {
  const nums: number[] = [];
  for (const t of f.trees) nums.push(...t.feature, ...t.threshold, ...t.value);
  const raw = Buffer.from(Float32Array.from(nums).buffer);
  return {
    base: f.base,
    depth: f.depth,
    trees: f.trees.length,
    columns: f.columns,
    data: deflateSync(raw, { level: 9 }).toString('base64'),
  };
}

function decodeForest(s: StoredForest): Forest {
  if (s.columns.join('\n') !== DECISION_COLUMNS.join('\n'))
    throw new Error('answer model decision columns differ from this build (npm run train)');
  const raw = inflateSync(Buffer.from(s.data, 'base64'));
  const nums = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
  const internal = (1 << s.depth) - 1;
  const nodes = 2 * internal + 1;
  const per = 2 * internal + nodes;
  const trees: Tree[] = [];
  for (let t = 0; t < s.trees; t++) {
    const at = t * per;
    trees.push({
      feature: Array.from(nums.subarray(at, at + internal)),
      threshold: Array.from(nums.subarray(at + internal, at + 2 * internal)),
      value: Array.from(nums.subarray(at + 2 * internal, at + per)),
    });
  }
  return { base: s.base, depth: s.depth, trees, columns: s.columns };
}

export function storeModel(m: AnswerModel, trainedOn: string): StoredModel {
  return {
    format: 3,
    bits: BITS,
    threshold: m.threshold,
    trainedOn,
    ranker: encode(m.ranker),
    answerable: encodeForest(m.answerable),
    correct: encodeForest(m.correct),
  };
}

export function loadStoredModel(s: StoredModel): AnswerModel {
  if (s.format !== 3 || s.bits !== BITS)
    throw new Error(`answer model weights are format ${s.format}/${s.bits} bits; this build reads 3/${BITS}`);
  return {
    ranker: decode(s.ranker),
    answerable: decodeForest(s.answerable),
    correct: decodeForest(s.correct),
    threshold: s.threshold,
  };
}

/**
 * The confidence that answering is right, against abstaining: P(answerable) × P(right | answerable)
 * over that plus P(unanswerable). SQuAD 2.0 scores an abstention on an unanswerable question as right.
 */
export function answerConfidence(
  scoreAnswerable: number,
  scoreCorrect: number,
): {
  answerable: number;
  correct: number;
  confidence: number;
} {
  const answerable = sigmoid(scoreAnswerable);
  const correct = sigmoid(scoreCorrect);
  const right = answerable * correct;
  return { answerable, correct, confidence: right / Math.max(1e-12, right + 1 - answerable) };
}
