import { DECISION_COLUMNS } from '../answer/features/decision.js';
import type { AnswerModel } from '../answer/model/bundle.js';
import { answerConfidence } from '../answer/model/bundle.js';
import { type TrainOptions, trainRanker } from '../answer/model/train.js';
import { type Forest, forestScore, type TreeOptions, trainForest } from '../answer/model/trees.js';
import type { Logger } from '../log.js';
import type { SentenceIndex } from '../search/store.js';
import { decisionExamples, foldsOf, outOfFoldScores, type Verified } from './cv.js';
import { type Group, indexOf } from './dataset.js';
import { type Prepared, prepareGroup } from './examples.js';
import { scoreOne } from './squadMetric.js';

export const FOLDS = 5;
export const RANKER: Partial<TrainOptions> = { epochs: 20, rate: 0.03, l2: 1e-5, seed: 1 };
/** Chosen out of fold among five settings (news tune and SQuAD v2-tune by article, 2026-12-02). */
export const DECISION: Partial<TreeOptions> = { trees: 400, depth: 3, rate: 0.05, minChild: 20 };

/** Every group's questions with their candidates, labelled. */
export interface Data {
  groups: Group[];
  prepared: Prepared[];
  indexes: Map<Group, SentenceIndex>;
}

export async function prepareData(groups: Group[], cacheDir: string, log?: Logger): Promise<Data> {
  const prepared: Prepared[] = [];
  const indexes = new Map<Group, SentenceIndex>();
  for (const g of groups) {
    const index = await indexOf(g, cacheDir, log);
    indexes.set(g, index);
    prepared.push(...prepareGroup(g, index, { paraOnly: true }));
  }
  return { groups, prepared, indexes };
}

/** Label of the answerable half: v1-train has no unanswerable questions, so it would only skew the prior. */
const answerableLabel = (p: Prepared): 0 | 1 | undefined =>
  p.group.set === 'v1-train' ? undefined : p.example.answers ? 1 : 0;
const correctLabel = (v: Verified, p: Prepared): 0 | 1 | undefined =>
  p.example.answers ? (v.right ? 1 : 0) : undefined;

/** Trains both halves of the abstain decision, boosted trees over the dense columns, on the given questions. */
function trainDecision(
  prepared: readonly Prepared[],
  verified: readonly Verified[],
  keep: (i: number) => boolean,
): { answerable: Forest; correct: Forest } {
  const ans = [];
  const corr = [];
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i] as Prepared;
    const v = verified[i] as Verified;
    if (!keep(i) || v.yesno) continue;
    const a = answerableLabel(p);
    if (a !== undefined) ans.push({ x: v.columns, label: a, weight: v.weight });
    const c = correctLabel(v, p);
    if (c !== undefined) corr.push({ x: v.columns, label: c, weight: v.weight });
  }
  const columns = [...DECISION_COLUMNS];
  return { answerable: trainForest(ans, columns, DECISION), correct: trainForest(corr, columns, DECISION) };
}

/** One question's out-of-fold outcome. */
export interface Outcome {
  prepared: Prepared;
  /** The best candidate's text ('' if none) and the confidence that answering it is right. */
  answer: string;
  confidence: number;
  /** Whether `answer` is right by the question's metric. */
  right: boolean;
}

/**
 * Cross-validation by group: every question is answered by a ranker and a decision that
 * never saw its article. The decision is stacked on out-of-fold ranker scores.
 */
export function crossValidate(data: Data): { outcomes: Outcome[]; verified: Verified[] } {
  const folds = foldsOf(data.groups, FOLDS);
  const scores = outOfFoldScores(data.prepared, folds, FOLDS, RANKER);
  const verified = decisionExamples(data.prepared, data.indexes, scores);
  const out: Outcome[] = data.prepared.map((p, i) => ({
    prepared: p,
    answer: verified[i]?.answer ?? '',
    confidence: 0,
    right: verified[i]?.right ?? false,
  }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (i: number): boolean => folds.get(data.prepared[i]?.group.name ?? '') === fold;
    const d = trainDecision(data.prepared, verified, (i) => !inFold(i));
    verified.forEach((v, i) => {
      if (!inFold(i)) return;
      // Yes/no replies are given whenever the rule finds a statement, as the engine does.
      if (v.yesno) (out[i] as Outcome).confidence = v.answer ? 1 : 0;
      else
        (out[i] as Outcome).confidence = answerConfidence(
          forestScore(d.answerable, v.columns),
          forestScore(d.correct, v.columns),
        ).confidence;
    });
  }
  return { outcomes: out, verified };
}

/** SQuAD EM/F1 of outcomes at a threshold, overall and split by answerability. */
export function squadScores(outcomes: readonly Outcome[], threshold: number) {
  let em = 0;
  let f1 = 0;
  let hasEm = 0;
  let hasF1 = 0;
  let has = 0;
  let noRight = 0;
  let no = 0;
  for (const o of outcomes) {
    const gold = o.prepared.example.answers;
    const pred = o.answer && o.confidence >= threshold ? o.answer : null;
    const s = scoreOne(pred, gold ? (gold[0] ?? []) : null);
    em += s.em;
    f1 += s.f1;
    if (gold) {
      has++;
      hasEm += s.em;
      hasF1 += s.f1;
    } else {
      no++;
      noRight += s.em;
    }
  }
  const pct = (x: number, n: number): number => (n ? (100 * x) / n : 0);
  const n = outcomes.length;
  return {
    n,
    em: pct(em, n),
    f1: pct(f1, n),
    hasEm: pct(hasEm, has),
    hasF1: pct(hasF1, has),
    has,
    noRight: pct(noRight, no),
    no,
  };
}

/** Share of news questions handled right at a threshold: a right answer, or an abstention where none is. */
export function newsAccuracy(outcomes: readonly Outcome[], threshold: number): number {
  let right = 0;
  for (const o of outcomes) {
    const gold = o.prepared.example.answers;
    const answered = o.answer !== '' && o.confidence >= threshold;
    if (gold === null ? !answered : answered && o.right) right++;
  }
  return outcomes.length ? (100 * right) / outcomes.length : 0;
}

/**
 * The threshold with the best score, each threshold judged by the mean score of its
 * neighbours within ±`smooth` (a few hundred questions make a jagged curve). Ties go lower.
 */
export function bestThreshold(score: (threshold: number) => number, smooth = 0): number {
  const at = [...Array(101).keys()].map((i) => score(i / 100));
  const w = Math.round(smooth * 100);
  let best = 0;
  let bestScore = -Infinity;
  for (let i = 0; i <= 100; i++) {
    const near = at.slice(Math.max(0, i - w), i + w + 1);
    const s = near.reduce((a, b) => a + b, 0) / near.length;
    const t = i / 100;
    if (s > bestScore + 1e-9) {
      bestScore = s;
      best = t;
    }
  }
  return best;
}

/**
 * The shipped model: a ranker on every question, and a decision stacked on the out-of-fold
 * ranker scores of cross-validation (`verified`), as it will see scores on unseen articles.
 */
export function trainFinal(data: Data, verified: readonly Verified[], threshold: number): AnswerModel {
  const ranker = trainRanker(
    data.prepared.filter((p) => p.positives > 0).map((p) => p.ranking),
    RANKER,
  );
  const d = trainDecision(data.prepared, verified, () => true);
  return { ranker, ...d, threshold };
}
