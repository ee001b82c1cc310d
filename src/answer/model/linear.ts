import { BITS, type FeatureList } from '../features/vector.js';

/** A linear model over hashed features: one weight per slot. */
export class LinearModel {
  readonly w: Float32Array;

  constructor(w?: Float32Array) {
    this.w = w ?? new Float32Array(1 << BITS);
  }

  /** The score of a feature list: the sum of weight × value. */
  score(f: { slots: ArrayLike<number>; values: ArrayLike<number> }): number {
    let s = 0;
    for (let i = 0; i < f.slots.length; i++) s += (this.w[f.slots[i] ?? 0] ?? 0) * (f.values[i] ?? 0);
    return s;
  }

  /** Each feature's contribution (weight × value), largest magnitude first, for --explain. */
  contributions(f: FeatureList): { feature: string; value: number; contribution: number }[] {
    return f.slots
      .map((slot, i) => ({
        feature: f.labels?.[i] ?? `slot ${slot}`,
        value: f.values[i] ?? 0,
        contribution: (this.w[slot] ?? 0) * (f.values[i] ?? 0),
      }))
      .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  }
}

/** Softmax over scores, stable for large ones. */
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
