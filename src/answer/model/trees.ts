/**
 * Gradient-boosted regression trees for a yes/no decision over a few dense columns (logistic
 * loss, Newton leaves, histogram splits). The abstain decision is a handful of interacting
 * scalars (ranker margin, coverage, missing words), where a linear model cannot bend.
 */
import { sigmoid } from './linear.js';

/** One tree, complete to `depth`: node i splits to 2i+1 (value ≤ threshold) and 2i+2. */
export interface Tree {
  /** Column tested at each internal node; -1 sends everything left. */
  feature: number[];
  threshold: number[];
  /** Every node's value (internal ones for explanations), leaves last. */
  value: number[];
}

export interface Forest {
  base: number;
  depth: number;
  trees: Tree[];
  /** Column names, for --explain. */
  columns: string[];
}

export interface TreeExample {
  x: ArrayLike<number>;
  label: 0 | 1;
  weight?: number;
}

export interface TreeOptions {
  trees: number;
  depth: number;
  /** Shrinkage of each tree. */
  rate: number;
  /** L2 on leaf values (added to the hessian). */
  lambda: number;
  /** Least hessian (≈ weighted examples × p(1−p)) on each side of a split. */
  minChild: number;
  /** Candidate thresholds per column: quantiles of its values. */
  bins: number;
}

export const TREE_DEFAULTS: TreeOptions = {
  trees: 200,
  depth: 3,
  rate: 0.1,
  lambda: 1,
  minChild: 5,
  bins: 32,
};

/**
 * Up to `bins` − 1 cut points per column: between every pair of neighbouring distinct values
 * when there are few, else below the values at its quantiles (so repeated values never hide a cut).
 */
function cutsOf(examples: readonly TreeExample[], columns: number, bins: number): number[][] {
  const cuts: number[][] = [];
  for (let f = 0; f < columns; f++) {
    const v = examples.map((e) => e.x[f] ?? 0).sort((a, b) => a - b);
    const distinct = v.filter((x, i) => i === 0 || x !== v[i - 1]);
    const c: number[] = [];
    if (distinct.length <= bins)
      for (let i = 1; i < distinct.length; i++)
        c.push(Math.fround(((distinct[i - 1] as number) + (distinct[i] as number)) / 2));
    else
      for (let b = 1; b < bins; b++) {
        const hi = v[Math.floor((b * v.length) / bins)] as number;
        // The distinct value just below hi, by binary search.
        let lo = 0;
        let up = distinct.length - 1;
        while (lo < up) {
          const mid = (lo + up + 1) >> 1;
          if ((distinct[mid] as number) < hi) lo = mid;
          else up = mid - 1;
        }
        const below = distinct[lo] as number;
        if (below >= hi) continue;
        const cut = Math.fround((below + hi) / 2);
        if (c[c.length - 1] !== cut) c.push(cut);
      }
    cuts.push(c);
  }
  return cuts;
}

/** Trains a forest (probability of label 1). Deterministic: no sampling, ties go to the lower column. */
export function trainForest(
  examples: readonly TreeExample[],
  columns: string[],
  opts: Partial<TreeOptions> = {},
): Forest {
  const o = { ...TREE_DEFAULTS, ...opts };
  const n = examples.length;
  const width = columns.length;
  const cuts = cutsOf(examples, width, o.bins);
  // bin[f][i]: index of the first cut at or above example i's value of column f.
  const bin = cuts.map((c, f) =>
    Uint8Array.from(examples, (e) => {
      const v = e.x[f] ?? 0;
      let k = 0;
      while (k < c.length && v > (c[k] as number)) k++;
      return k;
    }),
  );
  const w = Float64Array.from(examples, (e) => e.weight ?? 1);
  let pos = 0;
  let all = 0;
  examples.forEach((e, i) => {
    pos += e.label * (w[i] as number);
    all += w[i] as number;
  });
  const prior = Math.min(Math.max(pos / Math.max(all, 1e-12), 1e-6), 1 - 1e-6);
  const base = Math.log(prior / (1 - prior));
  const margin = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: Tree[] = [];
  const internal = (1 << o.depth) - 1;
  for (let t = 0; t < o.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(margin[i] as number);
      const wi = w[i] as number;
      g[i] = (p - (examples[i] as TreeExample).label) * wi;
      h[i] = Math.max(p * (1 - p), 1e-6) * wi;
    }
    const tree: Tree = { feature: [], threshold: [], value: [] };
    // node[i]: the node example i sits in at the current level.
    const node = new Int32Array(n);
    // Float32 values and cuts, as stored: the trees trained are the trees shipped.
    const leafOf = (gs: number, hs: number): number => Math.fround((-gs / (hs + o.lambda)) * o.rate);
    for (let level = 0; level < o.depth; level++) {
      const first = (1 << level) - 1;
      const count = 1 << level;
      // One pass per column fills every node's histogram at this level.
      const G = new Float64Array(count);
      const H = new Float64Array(count);
      for (let i = 0; i < n; i++) {
        const k = (node[i] as number) - first;
        G[k] = (G[k] as number) + (g[i] as number);
        H[k] = (H[k] as number) + (h[i] as number);
      }
      const best = Array.from({ length: count }, () => ({ gain: 0, f: -1, cut: 0 }));
      for (let f = 0; f < width; f++) {
        const c = cuts[f] as number[];
        if (c.length === 0) continue;
        const stride = c.length + 1;
        const gb = new Float64Array(count * stride);
        const hb = new Float64Array(count * stride);
        const bf = bin[f] as Uint8Array;
        for (let i = 0; i < n; i++) {
          const at = ((node[i] as number) - first) * stride + (bf[i] as number);
          gb[at] = (gb[at] as number) + (g[i] as number);
          hb[at] = (hb[at] as number) + (h[i] as number);
        }
        for (let k = 0; k < count; k++) {
          const Gk = G[k] as number;
          const Hk = H[k] as number;
          const parent = (Gk * Gk) / (Hk + o.lambda);
          let gl = 0;
          let hl = 0;
          for (let b = 0; b < c.length; b++) {
            gl += gb[k * stride + b] as number;
            hl += hb[k * stride + b] as number;
            const gr = Gk - gl;
            const hr = Hk - hl;
            if (hl < o.minChild || hr < o.minChild) continue;
            const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
            const bk = best[k] as { gain: number; f: number; cut: number };
            if (gain > bk.gain + 1e-12) best[k] = { gain, f, cut: c[b] as number };
          }
        }
      }
      for (let k = 0; k < count; k++) {
        const id = first + k;
        tree.value[id] = leafOf(G[k] as number, H[k] as number);
        tree.feature[id] = (best[k] as { f: number }).f;
        tree.threshold[id] = (best[k] as { cut: number }).cut;
      }
      for (let i = 0; i < n; i++) {
        const id = node[i] as number;
        const f = tree.feature[id] as number;
        const right = f >= 0 && ((examples[i] as TreeExample).x[f] ?? 0) > (tree.threshold[id] as number);
        node[i] = 2 * id + (right ? 2 : 1);
      }
    }
    const G = new Float64Array(1 << o.depth);
    const H = new Float64Array(1 << o.depth);
    for (let i = 0; i < n; i++) {
      const leaf = (node[i] as number) - internal;
      G[leaf] = (G[leaf] as number) + (g[i] as number);
      H[leaf] = (H[leaf] as number) + (h[i] as number);
    }
    for (let leaf = 0; leaf < 1 << o.depth; leaf++)
      tree.value[internal + leaf] = leafOf(G[leaf] as number, H[leaf] as number);
    for (let i = 0; i < n; i++) margin[i] = (margin[i] as number) + (tree.value[node[i] as number] as number);
    trees.push(tree);
  }
  return { base, depth: o.depth, trees, columns };
}

/** The forest's log-odds for one row. */
export function forestScore(forest: Forest, x: ArrayLike<number>): number {
  let s = forest.base;
  for (const t of forest.trees) {
    let id = 0;
    for (let d = 0; d < forest.depth; d++) {
      const f = t.feature[id] as number;
      id = 2 * id + (f >= 0 && (x[f] ?? 0) > (t.threshold[id] as number) ? 2 : 1);
    }
    s += t.value[id] as number;
  }
  return s;
}

/**
 * Each column's share of the log-odds (the change in node value at each split it decides,
 * summed over trees; Saabas), largest magnitude first, and the prior's share as "bias".
 */
export function forestContributions(
  forest: Forest,
  x: ArrayLike<number>,
): { feature: string; value: number; contribution: number }[] {
  const by = new Float64Array(forest.columns.length);
  let bias = forest.base;
  for (const t of forest.trees) {
    let id = 0;
    bias += t.value[0] as number;
    for (let d = 0; d < forest.depth; d++) {
      const f = t.feature[id] as number;
      const next = 2 * id + (f >= 0 && (x[f] ?? 0) > (t.threshold[id] as number) ? 2 : 1);
      if (f >= 0) by[f] = (by[f] as number) + (t.value[next] as number) - (t.value[id] as number);
      else bias += (t.value[next] as number) - (t.value[id] as number);
      id = next;
    }
  }
  return [
    { feature: 'bias', value: 1, contribution: bias },
    ...forest.columns.map((feature, f) => ({ feature, value: x[f] ?? 0, contribution: by[f] as number })),
  ]
    .filter((c) => c.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
}
