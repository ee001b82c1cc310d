import { keyTerms } from './terms.js';

/** Term weights from how many sentences use a term: "Ukraine" in every sentence tells little. */
export function termWeights(texts: string[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const t of texts) for (const term of keyTerms(t)) df.set(term, (df.get(term) ?? 0) + 1);
  // A word only one sentence uses can match nothing: it would only dilute the overlap.
  const w = new Map([...df].map(([t, n]) => [t, n < 2 ? 0 : Math.log(1 + texts.length / n)]));
  return (term) => w.get(term) ?? 0;
}

/** Weighted overlap of two term sets, 0..1: a cosine over binary, weighted term vectors. */
export function similarity(a: string[], b: string[], weight: (term: string) => number): number {
  const sb = new Set(b);
  const total = (ts: string[]) => ts.reduce((s, t) => s + weight(t) ** 2, 0);
  const shared = a.filter((t) => sb.has(t)).reduce((s, t) => s + weight(t) ** 2, 0);
  const norm = Math.sqrt(total(a) * total(b));
  return norm === 0 ? 0 : shared / norm;
}
