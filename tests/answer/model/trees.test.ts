import { describe, expect, it } from 'vitest';
import {
  forestContributions,
  forestScore,
  type TreeExample,
  trainForest,
} from '../../../src/answer/model/trees.js';

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

// An XOR world on a grid: label 1 when exactly one of a > 0.3 and b > 0.6 holds. No linear
// model separates it (off-centre, so a greedy first split still gains); column 2 is noise.
function xor(): TreeExample[] {
  const out: TreeExample[] = [];
  for (let i = 0; i < 20; i++)
    for (let j = 0; j < 20; j++) {
      const a = (i + 0.5) / 20;
      const b = (j + 0.5) / 20;
      out.push({ x: [a, b, (i * 7 + j * 3) % 5], label: a > 0.3 !== b > 0.6 ? 1 : 0 });
    }
  return out;
}

const columns = ['a', 'b', 'noise'];

describe('trainForest', () => {
  it('GIVEN an XOR of two columns THEN the trees learn the interaction a linear model cannot', () => {
    const data = xor();
    const forest = trainForest(data, columns, { trees: 60, depth: 2, rate: 0.3, minChild: 1 });
    const right = data.filter((e) => (sigmoid(forestScore(forest, e.x)) > 0.5 ? 1 : 0) === e.label);
    expect(right.length / data.length).toBeGreaterThan(0.97);
    expect(sigmoid(forestScore(forest, [0.9, 0.1, 0]))).toBeGreaterThan(0.9);
    expect(sigmoid(forestScore(forest, [0.9, 0.9, 0]))).toBeLessThan(0.1);
  });

  it('GIVEN the same data twice THEN the forests are identical (no randomness)', () => {
    const a = trainForest(xor(), columns, { trees: 10 });
    const b = trainForest(xor(), columns, { trees: 10 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('GIVEN one constant label THEN the score is its prior and no tree splits', () => {
    const data = xor().map((e) => ({ ...e, label: 1 as const }));
    const forest = trainForest(data, columns, { trees: 5 });
    expect(sigmoid(forestScore(forest, [0.3, 0.3, 1]))).toBeGreaterThan(0.99);
    expect(forest.trees.every((t) => t.feature.every((f) => f === -1))).toBe(true);
  });

  it('GIVEN weights THEN a heavier class moves the prior', () => {
    const data = xor().map((e) => ({ ...e, weight: e.label ? 3 : 1 }));
    const share = data.filter((e) => e.label).length / data.length;
    const forest = trainForest(data, columns, { trees: 0 });
    expect(sigmoid(forest.base)).toBeCloseTo((3 * share) / (3 * share + 1 - share), 5);
  });
});

describe('forestContributions', () => {
  it('GIVEN a row THEN the contributions sum to its score and name the columns that matter', () => {
    const forest = trainForest(xor(), columns, { trees: 40, depth: 2, rate: 0.3, minChild: 1 });
    const x = [0.9, 0.1, 2];
    const parts = forestContributions(forest, x);
    const sum = parts.reduce((s, p) => s + p.contribution, 0);
    expect(sum).toBeCloseTo(forestScore(forest, x), 6);
    const top = parts
      .filter((p) => p.feature !== 'bias')
      .slice(0, 2)
      .map((p) => p.feature);
    expect(top.sort()).toEqual(['a', 'b']);
  });
});
