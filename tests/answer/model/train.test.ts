import { describe, expect, it } from 'vitest';
import { softmax } from '../../../src/answer/model/linear.js';
import { type RankingExample, trainRanker } from '../../../src/answer/model/train.js';

// A tiny separable world: slot 1 marks a right candidate, slot 2 a wrong one, slot 3 is noise on both.
const candidate = (right: boolean): number[] => (right ? [1, 3] : [2, 3]);

function ranking(rightAt: number, n: number): RankingExample {
  const slots: number[] = [];
  const offsets = [0];
  for (let c = 0; c < n; c++) {
    slots.push(...candidate(c === rightAt));
    offsets.push(slots.length);
  }
  return {
    slots: Int32Array.from(slots),
    values: new Float32Array(slots.length).fill(1),
    offsets: Int32Array.from(offsets),
    positive: Uint8Array.from({ length: n }, (_, c) => (c === rightAt ? 1 : 0)),
  };
}

const scoresOf = (w: Float32Array, ex: RankingExample): number[] =>
  [...Array(ex.offsets.length - 1).keys()].map((c) => {
    let s = 0;
    for (let i = ex.offsets[c] as number; i < (ex.offsets[c + 1] as number); i++)
      s += (w[ex.slots[i] as number] as number) * (ex.values[i] as number);
    return s;
  });

describe('trainRanker', () => {
  const examples = [0, 1, 2, 3, 4].map((k) => ranking(k % 3, 3 + (k % 2)));

  it('GIVEN a separable set THEN the right candidate ranks first in every question with most of the probability', () => {
    const model = trainRanker(examples, { epochs: 60 });
    for (const ex of examples) {
      const p = softmax(scoresOf(model.w, ex));
      const best = p.indexOf(Math.max(...p));
      expect(ex.positive[best]).toBe(1);
      expect(p[best]).toBeGreaterThan(0.9);
    }
  });

  it('GIVEN the same data and seed twice THEN the weights are identical', () => {
    expect(trainRanker(examples, { seed: 7 }).w).toEqual(trainRanker(examples, { seed: 7 }).w);
  });

  it('GIVEN a question with no right candidate THEN it teaches nothing', () => {
    const none = { ...ranking(0, 3), positive: new Uint8Array(3) };
    expect(trainRanker([none]).w.every((w) => w === 0)).toBe(true);
  });

  it('GIVEN two questions that disagree THEN the one that weighs more wins', () => {
    const one = ranking(0, 2);
    const other = { ...one, positive: Uint8Array.from([0, 1]) };
    const model = trainRanker([one, { ...other, weight: 5 }], { epochs: 20 });
    const [first, second] = scoresOf(model.w, one);
    expect(second).toBeGreaterThan(first as number);
  });
});
