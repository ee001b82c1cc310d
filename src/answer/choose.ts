/**
 * Picks the answer: candidates that say the same thing (the same words, articles aside) pool their
 * probability, as the ranker was trained to maximise (−log Σ p over right candidates).
 * Returns the best-scoring candidate of the most probable text, and that text's probability.
 * Ties break on candidate order, so the same input always gives the same answer.
 */
export function chooseAnswer(
  keys: readonly number[],
  scores: readonly number[],
): { best: number; probability: number } {
  if (scores.length === 0) return { best: -1, probability: 0 };
  const max = Math.max(...scores);
  const mass = new Map<number, number>();
  let z = 0;
  scores.forEach((s, i) => {
    const e = Math.exp(s - max);
    z += e;
    const k = keys[i] ?? 0;
    mass.set(k, (mass.get(k) ?? 0) + e);
  });
  let best = -1;
  let bestMass = -1;
  scores.forEach((s, i) => {
    const m = mass.get(keys[i] ?? 0) ?? 0;
    if (m > bestMass + 1e-12 || (Math.abs(m - bestMass) <= 1e-12 && s > (scores[best] ?? -Infinity))) {
      best = i;
      bestMass = m;
    }
  });
  return { best, probability: bestMass / z };
}
