import { spanText } from '../answer/candidates.js';
import type { RankingExample } from '../answer/model/train.js';
import { candidatePool, type Pool } from '../answer/pool.js';
import { readQuestion } from '../answer/question.js';
import type { SentenceIndex } from '../search/store.js';
import type { Example, Group } from './dataset.js';
import { mentions, normalizeAnswer } from './normalize.js';

/** A question with its candidates packed for training, and what evaluation needs of each candidate. */
export interface Prepared {
  group: Group;
  example: Example;
  ranking: RankingExample;
  texts: string[];
  /** Sentence id of each candidate. */
  sentenceIds: Int32Array;
  /** Whether each candidate's sentence lies in the question's own paragraph (SQuAD). */
  inPara: Uint8Array;
  /** How many candidates are right answers. */
  positives: number;
  /** The question's wh-class. */
  wh: string;
  /** Ids of the five best retrieved sentences, best first. */
  retrieved: number[];
}

/** A news tuning question counts this many SQuAD questions: they are few, and the product's domain. */
export const NEWS_WEIGHT = 5;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * Whether a candidate is a right answer: for SQuAD, the same text as a gold span after
 * normalisation; for the news sets, it names every alias group and is not much longer.
 */
export function isRight(text: string, answers: string[][], metric: Group['metric']): boolean {
  if (metric === 'squad') {
    const n = normalizeAnswer(text);
    return (answers[0] ?? []).some((a) => normalizeAnswer(a) === n);
  }
  if (!answers.every((g) => g.some((a) => mentions(text, a)))) return false;
  const shortest = answers.reduce((s, g) => s + Math.min(...g.map(words)), 0);
  return words(text) <= shortest + (answers.length > 1 ? 3 : 1);
}

/** The shared grader's longest short answer, in words. */
const GRADER_WORDS = 12;

/**
 * Whether a reply scores by its question's metric: SQuAD's exact match, or the news grader's
 * rule (it names every alias group in at most 12 words). Looser than `isRight` for news, which
 * picks the tight spans the ranker learns from.
 */
export function isAccepted(text: string, answers: string[][], metric: Group['metric']): boolean {
  if (metric === 'squad') return isRight(text, answers, metric);
  return words(text) <= GRADER_WORDS && answers.every((g) => g.some((a) => mentions(text, a)));
}

/** Packs a pool's features into flat typed arrays. */
export function pack(pool: Pool, positive: (i: number) => boolean): RankingExample {
  const lists = pool.candidates.map((c) => c.features ?? { slots: [], values: [] });
  let total = 0;
  for (const f of lists) total += f.slots.length;
  const slots = new Int32Array(total);
  const values = new Float32Array(total);
  const offsets = new Int32Array(pool.candidates.length + 1);
  const pos = new Uint8Array(pool.candidates.length);
  let at = 0;
  lists.forEach((f, i) => {
    offsets[i] = at;
    slots.set(f.slots, at);
    values.set(f.values, at);
    at += f.slots.length;
    pos[i] = positive(i) ? 1 : 0;
  });
  offsets[pool.candidates.length] = at;
  return { slots, values, offsets, positive: pos };
}

/** Builds the candidates of every question of a group, with labels. */
export function prepareGroup(group: Group, index: SentenceIndex, opts: { paraOnly: boolean }): Prepared[] {
  return group.examples.map((example) => {
    const question = readQuestion(index, example.q);
    const pool = candidatePool(index, question, { keep: true });
    const para = example.para;
    const inPara = Uint8Array.from(pool.candidates, (c) =>
      para !== undefined && Number(c.m.v.sentence.articleId) === para ? 1 : 0,
    );
    const answers = example.answers;
    const texts = pool.candidates.map((c) => spanText(c.m.v, c.span));
    const right = texts.map(
      (text, i) =>
        answers !== null &&
        isRight(text, answers, group.metric) &&
        (!opts.paraOnly || para === undefined || inPara[i] === 1),
    );
    const ranking = pack(pool, (i) => right[i] === true);
    if (group.metric === 'news') ranking.weight = NEWS_WEIGHT;
    return {
      group,
      example,
      ranking,
      texts,
      sentenceIds: Int32Array.from(pool.candidates, (c) => c.m.v.sentence.id),
      inPara,
      positives: right.filter(Boolean).length,
      wh: question.wh,
      retrieved: pool.retrieved.slice(0, 5).map((r) => r.view.sentence.id),
    };
  });
}
