import { nounClassOf } from '../../nlp/nounClass.js';
import type { SpanShape } from '../candidates.js';
import type { SentenceMatch } from '../match.js';
import type { Question, Wh } from '../question.js';
import { END, START, tokenInfo } from './tokens.js';
import { wordId, wordOf } from './vector.js';

/** Every wh-class, in feature-value order. */
export const WH_NAMES: readonly Wh[] = [
  'who',
  'whose',
  'when',
  'where',
  'why',
  'which',
  'what',
  'how-many',
  'how-much',
  'how-long',
  'how-adj',
  'how',
  'yesno',
  'other',
];
/** The wh-class as a small integer feature value. */
export const whIdOf = (wh: Wh): number => WH_NAMES.indexOf(wh);
export const whName = (id: number): string => WH_NAMES[id] ?? '?';
/** A stored code as a feature value, and back. */
export const codeId = (codes: string, i: number): number =>
  i >= 0 && i < codes.length ? codes.charCodeAt(i) : 0;
export const codeName = (id: number): string => (id === 0 ? '∅' : String.fromCharCode(id));
export const wordName = wordOf;

/** What every candidate of one question shares, computed once. */
export interface QuestionContext {
  q: Question;
  wh: number;
  /** Hash of the head noun ("which river" → river), 0 if none. */
  head: number;
  /** WordNet class of the head noun (person, location, time…), 0 if none or unknown. */
  headClass: number;
  /** Hash of the word after "how" ("old", "far"), 0 if none. */
  how: number;
  /** Hash of the word right before the wh-word ("through what city" → through), 0 if none. */
  before: number;
  /** 1 when the question asks for several things (see Question.several). */
  several: number;
  /** Best BM25 score among the retrieved sentences. */
  topBm25: number;
}

export function questionContext(q: Question, topBm25: number): QuestionContext {
  const prev = q.whAt > 0 ? (q.words[q.whAt - 1] ?? '') : '';
  return {
    q,
    wh: whIdOf(q.wh),
    head: q.head ? wordId(q.head) : 0,
    headClass: q.head ? nounClassOf(q.head) : 0,
    how: q.howWord ? wordId(q.howWord) : 0,
    before: prev ? wordId(prev) : 0,
    several: q.several ? 1 : 0,
    topBm25,
  };
}

/** A candidate answer: a span of a matched sentence. */
export interface CandidateContext {
  m: SentenceMatch;
  span: SpanShape;
  /** Hash of the span's words without articles: candidates saying the same thing share it. */
  key: number;
  /** How many distinct articles among the candidates offer the same text. */
  articles: number;
}

/** Buckets a count or distance: 0, 1, 2, 3, 4–5, 6–8, 9–12, 13+. */
export function bucket(n: number): number {
  if (n <= 3) return n;
  if (n <= 5) return 4;
  if (n <= 8) return 5;
  if (n <= 12) return 6;
  return 7;
}

/** A token as context (see TokenInfo.context), with the sentence's edges as words of their own. */
export function contextToken(m: SentenceMatch, i: number): number {
  if (i < 0) return START;
  if (i >= m.v.tokens.length) return END;
  return tokenInfo(m.v).context[i] ?? END;
}

/** Punctuation between token i and the next one (",", "(", "—"…), "" for a space. */
export const gapAfter = (m: SentenceMatch, i: number): string => tokenInfo(m.v).gap[i] ?? '';
