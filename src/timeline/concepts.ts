import { stem as porter } from '../nlp/lemma.js';
import { synonymsOf } from '../nlp/synonyms.js';
import { keyTerms } from './terms.js';

/** A synonym counts for less than the word itself: groups are general, not exact equivalents. */
export const SYNONYM_MATCH = 0.7;

const keys = new Map<string, string>();
/** The synonym-table key of a timeline term ("touchdown", "land"), memoized: merging asks often. */
const keyOf = (term: string): string => {
  const known = keys.get(term);
  if (known !== undefined) return known;
  const k = porter(term);
  keys.set(term, k);
  return k;
};

/** Do two terms name the same thing in other words ("landed" ~ "touchdown")? */
export const synonymous = (a: string, b: string): boolean => synonymsOf(keyOf(a)).has(keyOf(b));

/**
 * IDF weights where a sentence using a synonym counts as using the word: "touchdown" said once
 * still matches "landed" said elsewhere, and a word only one sentence uses in any form weighs 0.
 */
export function conceptWeights(texts: string[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const t of texts) {
    const seen = new Set<string>();
    for (const term of keyTerms(t)) for (const k of [keyOf(term), ...synonymsOf(keyOf(term))]) seen.add(k);
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
  }
  return (term) => {
    const n = df.get(keyOf(term)) ?? 0;
    return n < 2 ? 0 : Math.log(1 + texts.length / n);
  };
}

/**
 * Weighted overlap of two term sets, 0..1, where synonyms match at SYNONYM_MATCH: a cosine over
 * binary, weighted vectors, averaged over both directions as a synonym match is not one-to-one.
 */
export function conceptSimilarity(a: string[], b: string[], weight: (term: string) => number): number {
  const total = (ts: string[]) => ts.reduce((s, t) => s + weight(t) ** 2, 0);
  const norm = Math.sqrt(total(a) * total(b));
  if (norm === 0) return 0;
  const covered = (from: string[], to: string[]) => {
    const exact = new Set(to);
    return from.reduce((s, t) => {
      const m = exact.has(t) ? 1 : to.some((u) => synonymous(t, u)) ? SYNONYM_MATCH : 0;
      return s + m * weight(t) ** 2;
    }, 0);
  };
  return Math.min(1, (covered(a, b) + covered(b, a)) / (2 * norm));
}
