import type { SentenceIndex } from './store.js';

export interface WeightedKey {
  key: string;
  weight: number;
}

/** Keys in more than this share of sentences are left out of the query (they match almost everything). */
const COMMON_SHARE = 0.04;
/**
 * At most this many postings are scored per question, rarest keys first: on 300k sentences a
 * few Zipf-common words would otherwise make MiniSearch score tens of thousands of sentences.
 * Small corpora never reach it.
 */
const POSTINGS_BUDGET = 4000;

export interface Hit {
  id: number;
  /** MiniSearch's BM25 score over the keys searched. */
  score: number;
}

/**
 * Finds the sentences that best match the keys. Leads with rare keys: a key found in most
 * sentences would make MiniSearch score most of the corpus for nothing. Those keys still
 * count later, when the answer scores each evidence sentence.
 */
export function searchSentences(index: SentenceIndex, keys: readonly WeightedKey[], limit: number): Hit[] {
  const n = index.corpus.sentences.length;
  const known = keys.filter((k) => (index.df.get(k.key) ?? 0) > 0);
  const df = (k: WeightedKey): number => index.df.get(k.key) ?? 0;
  const cap = Math.max(30, n * COMMON_SHARE);
  const rarestFirst = [...known].sort((a, b) => df(a) - df(b) || (a.key < b.key ? -1 : 1));
  let chosen: WeightedKey[] = [];
  let postings = 0;
  for (const k of rarestFirst) {
    if (df(k) > cap || (chosen.length >= 1 && postings + df(k) > POSTINGS_BUDGET)) break;
    chosen.push(k);
    postings += df(k);
  }
  // Only common keys: search the rarest, unless even it is too common to point anywhere.
  if (chosen.length === 0) chosen = rarestFirst.slice(0, 1).filter((k) => df(k) <= POSTINGS_BUDGET);
  if (chosen.length === 0) return [];
  const weight = new Map<string, number>();
  for (const k of chosen) weight.set(k.key, Math.max(weight.get(k.key) ?? 0, k.weight));
  const terms = [...weight.keys()];
  const hits = index.mini.search(terms.join(' '), {
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t,
    combineWith: 'OR',
    boostTerm: (t) => weight.get(t) ?? 1,
  });
  return hits.slice(0, limit).map((h) => ({ id: h.id as number, score: h.score }));
}
