import type { Sentence } from '../corpus/types.js';
import { fold, type Token, tokenize } from '../nlp/tokenize.js';
import type { SentenceIndex } from '../search/store.js';
import { termKey } from '../search/terms.js';

/** A sentence prepared for answering: its tokens with their stored codes, folded words and index keys. */
export interface SentenceView {
  sentence: Sentence;
  /** Tokens of the repaired text (`sentence.clean`). */
  tokens: Token[];
  /** One code per token (nlp/posCodes), from ingestion. */
  codes: string;
  /** Folded words (lower case, no accents or dots). */
  words: string[];
  /** Index key per token; null for stop words. */
  keys: (string | null)[];
}

// Tokenising and stemming is the costly part of reading a sentence: done once, on first use.
const views = new WeakMap<SentenceIndex, (SentenceView | undefined)[]>();

/** The prepared view of a sentence, memoised per index. */
export function viewOf(index: SentenceIndex, s: Sentence): SentenceView {
  let cache = views.get(index);
  if (!cache) {
    cache = [];
    views.set(index, cache);
  }
  const hit = cache[s.id];
  if (hit) return hit;
  const tokens = tokenize(s.clean);
  const view: SentenceView = {
    sentence: s,
    tokens,
    codes: index.pos[s.id] ?? '',
    words: tokens.map((t) => fold(t.text)),
    keys: tokens.map((t) => termKey(t.text)),
  };
  cache[s.id] = view;
  return view;
}

/** Inverse document frequency of an index key over the corpus's sentences (smoothed, never 0). */
export function idfOf(index: SentenceIndex, key: string): number {
  const n = index.corpus.sentences.length;
  return Math.log(1 + n / ((index.df.get(key) ?? 0) + 0.5));
}
