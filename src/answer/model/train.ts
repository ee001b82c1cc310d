import { mulberry32 } from '../../bench/prng.js';
import { BITS } from '../features/vector.js';
import { LinearModel } from './linear.js';

/** Candidates of one question, packed: features of candidate i are slots[offsets[i]..offsets[i+1]). */
export interface RankingExample {
  slots: Int32Array;
  values: Float32Array;
  offsets: Int32Array;
  /** 1 where the candidate is a right answer. At least one must be. */
  positive: Uint8Array;
  /** How much the question counts (default 1): scarce in-domain questions may count more. */
  weight?: number;
}

export interface TrainOptions {
  epochs: number;
  /** AdaGrad's base learning rate. */
  rate: number;
  /** L2 penalty per update on the weights touched. */
  l2: number;
  seed: number;
}

const DEFAULTS: TrainOptions = { epochs: 8, rate: 0.1, l2: 1e-5, seed: 1 };

/** A seeded Fisher–Yates shuffle of 0..n-1: every run visits examples in the same order. */
function order(n: number, rng: () => number): number[] {
  const o = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [o[i], o[j]] = [o[j] as number, o[i] as number];
  }
  return o;
}

/** AdaGrad step on one slot, with its L2 penalty. */
function step(w: Float32Array, g2: Float32Array, slot: number, grad: number, o: TrainOptions): void {
  const g = grad + o.l2 * (w[slot] ?? 0);
  const acc = (g2[slot] ?? 0) + g * g;
  g2[slot] = acc;
  w[slot] = (w[slot] ?? 0) - (o.rate * g) / Math.sqrt(acc + 1e-8);
}

/**
 * Trains a candidate ranker: softmax over each question's candidates, maximising the
 * probability of its right ones (−log Σ p(right)), with AdaGrad. Deterministic for a seed.
 */
export function trainRanker(
  examples: readonly RankingExample[],
  opts: Partial<TrainOptions> = {},
): LinearModel {
  return sgd(examples, opts, (ex, w, g2, o) => {
    const n = ex.offsets.length - 1;
    const scores = new Float64Array(n);
    let max = -Infinity;
    for (let c = 0; c < n; c++) {
      let s = 0;
      for (let i = ex.offsets[c] as number; i < (ex.offsets[c + 1] as number); i++)
        s += (w[ex.slots[i] as number] as number) * (ex.values[i] as number);
      scores[c] = s;
      if (s > max) max = s;
    }
    let z = 0;
    let zPos = 0;
    for (let c = 0; c < n; c++) {
      const e = Math.exp((scores[c] as number) - max);
      scores[c] = e;
      z += e;
      if (ex.positive[c]) zPos += e;
    }
    if (zPos === 0) return;
    for (let c = 0; c < n; c++) {
      const p = (scores[c] as number) / z;
      const target = ex.positive[c] ? (scores[c] as number) / zPos : 0;
      const d = (p - target) * (ex.weight ?? 1);
      if (Math.abs(d) < 1e-6) continue;
      for (let i = ex.offsets[c] as number; i < (ex.offsets[c + 1] as number); i++)
        step(w, g2, ex.slots[i] as number, d * (ex.values[i] as number), o);
    }
  });
}

/** Visits every example once an epoch, in a seeded order, updating one weight vector with AdaGrad. */
function sgd<T>(
  examples: readonly T[],
  opts: Partial<TrainOptions>,
  update: (ex: T, w: Float32Array, g2: Float32Array, o: TrainOptions) => void,
): LinearModel {
  const o = { ...DEFAULTS, ...opts };
  const model = new LinearModel();
  const g2 = new Float32Array(1 << BITS);
  const rng = mulberry32(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++)
    for (const k of order(examples.length, rng)) update(examples[k] as T, model.w, g2, o);
  return model;
}
