import { chooseAnswer } from '../answer/choose.js';
import { decisionColumns } from '../answer/features/decision.js';
import type { LinearModel } from '../answer/model/linear.js';
import { type RankingExample, type TrainOptions, trainRanker } from '../answer/model/train.js';
import { candidatePool } from '../answer/pool.js';
import { readQuestion } from '../answer/question.js';
import { yesNo } from '../answer/yesno.js';
import type { SentenceIndex } from '../search/store.js';
import type { Group } from './dataset.js';
import { isAccepted, type Prepared } from './examples.js';

/** Assigns whole groups (articles, news corpora) to k folds, round robin in name order. */
export function foldsOf(groups: readonly Group[], k: number): Map<string, number> {
  const sorted = [...groups].sort((a, b) => (a.name < b.name ? -1 : 1));
  const squad = sorted.filter((g) => g.metric === 'squad');
  const news = sorted.filter((g) => g.metric === 'news');
  return new Map([...squad, ...news].map((g, i) => [g.name, i % k]));
}

/** Scores of every candidate of a packed question under a model. */
export function scoresOf(model: LinearModel, r: RankingExample): number[] {
  const out: number[] = [];
  for (let c = 0; c < r.offsets.length - 1; c++) {
    let s = 0;
    for (let i = r.offsets[c] as number; i < (r.offsets[c + 1] as number); i++)
      s += (model.w[r.slots[i] as number] as number) * (r.values[i] as number);
    out.push(s);
  }
  return out;
}

/** Ranker scores for every question from a ranker that never saw its group (k-fold by group). */
export function outOfFoldScores(
  prepared: readonly Prepared[],
  folds: ReadonlyMap<string, number>,
  k: number,
  opts: Partial<TrainOptions>,
): number[][] {
  const out: number[][] = prepared.map(() => []);
  for (let fold = 0; fold < k; fold++) {
    const train = prepared
      .filter((p) => folds.get(p.group.name) !== fold && p.positives > 0)
      .map((p) => p.ranking);
    const model = trainRanker(train, opts);
    prepared.forEach((p, i) => {
      if (folds.get(p.group.name) === fold) out[i] = scoresOf(model, p.ranking);
    });
  }
  return out;
}

/** The abstain decision's example for one question: columns of its best candidate and whether that is right. */
export interface Verified {
  /** The decision's dense columns (see decisionColumns). */
  columns: Float64Array;
  /** How much the question counts in training. */
  weight: number;
  /** The best candidate's text, '' when there is none. */
  answer: string;
  /** Whether `answer` scores by the question's metric (see isAccepted). */
  right: boolean;
  /** The best candidate's sentence id, -1 when there is none. */
  sentenceId: number;
  /** A yes/no question: the engine answers it by rule (`yesNo`), never by span, so the decision skips it. */
  yesno: boolean;
}

/** Decision examples for every question, from the given ranker scores (rebuilding each pool). */
export function decisionExamples(
  prepared: readonly Prepared[],
  indexes: ReadonlyMap<Group, SentenceIndex>,
  scores: readonly number[][],
): Verified[] {
  return prepared.map((p, i) => {
    const index = indexes.get(p.group) as SentenceIndex;
    const q = readQuestion(index, p.example.q);
    const pool = candidatePool(index, q);
    const s = scores[i] ?? [];
    const { best } = chooseAnswer(
      pool.candidates.map((c) => c.key),
      s,
    );
    const yesno = q.wh === 'yesno';
    const answer = yesno ? (yesNo(q, pool.matches)?.answer ?? '') : best >= 0 ? (p.texts[best] ?? '') : '';
    const right =
      p.example.answers !== null && answer !== '' && isAccepted(answer, p.example.answers, p.group.metric);
    return {
      columns: decisionColumns(pool, s, best),
      weight: p.ranking.weight ?? 1,
      answer,
      right,
      sentenceId: pool.candidates[best]?.m.v.sentence.id ?? -1,
      yesno,
    };
  });
}
