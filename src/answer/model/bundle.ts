import { deflateSync, inflateSync } from 'node:zlib';
import { BITS } from '../features/vector.js';
import { LinearModel, sigmoid } from './linear.js';

/**
 * The trained answer model: a candidate ranker, and the two halves of the abstain decision
 * (is the question answerable here; is the best candidate right if it is).
 */
export interface AnswerModel {
  ranker: LinearModel;
  answerable: LinearModel;
  correct: LinearModel;
  /** Answer only when the expected EM of answering beats abstaining by this (see `answerConfidence`). */
  threshold: number;
}

/** How a model is stored: each weight vector quantised to int16, deflated, in base64 (about 0.5 MB in all). */
export interface StoredModel {
  format: 2;
  bits: number;
  threshold: number;
  /** The threshold with the best SQuAD 2.0 EM out of fold, for the evaluation (SQuAD is half unanswerable). */
  squadThreshold?: number;
  /** What the weights were trained on and how, for the README and --explain. */
  trainedOn: string;
  ranker: StoredWeights;
  answerable: StoredWeights;
  correct: StoredWeights;
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

export function storeModel(m: AnswerModel, trainedOn: string): StoredModel {
  return {
    format: 2,
    bits: BITS,
    threshold: m.threshold,
    trainedOn,
    ranker: encode(m.ranker),
    answerable: encode(m.answerable),
    correct: encode(m.correct),
  };
}

export function loadStoredModel(s: StoredModel): AnswerModel {
  if (s.format !== 2 || s.bits !== BITS)
    throw new Error(`answer model weights are format ${s.format}/${s.bits} bits; this build reads 2/${BITS}`);
  return {
    ranker: decode(s.ranker),
    answerable: decode(s.answerable),
    correct: decode(s.correct),
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
