import { normalizeAnswer } from './normalize.js';

export { normalizeAnswer };

/** Token F1 of a predicted answer against one gold answer, as the official metric counts it. */
export function tokenF1(pred: string, gold: string): number {
  const p = normalizeAnswer(pred).split(' ').filter(Boolean);
  const g = normalizeAnswer(gold).split(' ').filter(Boolean);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of p) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      same++;
      counts.set(t, c - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** EM and F1 of one prediction (null = no answer) against the gold aliases (null = unanswerable). */
export function scoreOne(pred: string | null, gold: readonly string[] | null): { em: number; f1: number } {
  if (gold === null) return pred === null || pred === '' ? { em: 1, f1: 1 } : { em: 0, f1: 0 };
  if (pred === null || pred === '') return { em: 0, f1: 0 };
  const p = normalizeAnswer(pred);
  return {
    em: gold.some((g) => normalizeAnswer(g) === p) ? 1 : 0,
    f1: Math.max(0, ...gold.map((g) => tokenF1(pred, g))),
  };
}
