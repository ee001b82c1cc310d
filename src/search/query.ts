import type { SentenceIndex } from './store.js';

export interface WeightedKey {
  key: string;
  weight: number;
}

/** Keys in more than this share of sentences are left out of the query (they match almost everything). */
const COMMON_SHARE = 0.04;

/**
 * Finds the sentences that best match the keys. Leads with rare keys: a key found in most
 * sentences would make MiniSearch score most of the corpus for nothing. Those keys still
 * count later, when the answer scores each evidence sentence.
 */
export function searchSentences(index: SentenceIndex, keys: readonly WeightedKey[], limit: number): number[] {
  const n = index.corpus.sentences.length;
  const known = keys.filter((k) => (index.df.get(k.key) ?? 0) > 0);
  const cap = Math.max(30, n * COMMON_SHARE);
  let chosen = known.filter((k) => (index.df.get(k.key) ?? 0) <= cap);
  if (chosen.length === 0)
    chosen = [...known].sort((a, b) => (index.df.get(a.key) ?? 0) - (index.df.get(b.key) ?? 0)).slice(0, 2);
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
  return hits.slice(0, limit).map((h) => h.id as number);
}
