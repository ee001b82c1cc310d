import { keyTerms } from './terms.js';

/** Term weights from how many sentences use a term: "Ukraine" in every sentence tells little. */
export function termWeights(texts: string[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const t of texts) for (const term of keyTerms(t)) df.set(term, (df.get(term) ?? 0) + 1);
  return (term) => Math.log(1 + texts.length / (df.get(term) ?? 1));
}

/** Weighted overlap of two term sets, 0..1, relative to the smaller: a short report of an event
 * ("officials discuss guarantees") matches a long one that says the same and more. */
export function similarity(a: string[], b: string[], weight: (term: string) => number): number {
  const sb = new Set(b);
  const total = (ts: string[]) => ts.reduce((s, t) => s + weight(t) ** 2, 0);
  const shared = a.filter((t) => sb.has(t)).reduce((s, t) => s + weight(t) ** 2, 0);
  const norm = Math.min(total(a), total(b));
  return norm === 0 ? 0 : shared / norm;
}
