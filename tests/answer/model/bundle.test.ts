import { describe, expect, it } from 'vitest';
import { DECISION_COLUMNS } from '../../../src/answer/features/decision.js';
import { BITS } from '../../../src/answer/features/vector.js';
import { answerConfidence, loadStoredModel, storeModel } from '../../../src/answer/model/bundle.js';
import { LinearModel } from '../../../src/answer/model/linear.js';
import { forestScore, trainForest } from '../../../src/answer/model/trees.js';
import { answerModel } from '../../../src/answer/model/weights.js';

// A small forest over the real decision columns: label 1 when the first column is above 0.5.
const forest = () =>
  trainForest(
    Array.from({ length: 40 }, (_, i) => {
      const x = new Float64Array(DECISION_COLUMNS.length);
      x[0] = i / 40;
      return { x, label: i >= 20 ? (1 as const) : (0 as const) };
    }),
    [...DECISION_COLUMNS],
    { trees: 5, minChild: 1 },
  );
const row = (first: number): Float64Array => {
  const x = new Float64Array(DECISION_COLUMNS.length);
  x[0] = first;
  return x;
};

const withWeights = (pairs: [number, number][]): LinearModel => {
  const m = new LinearModel();
  for (const [slot, w] of pairs) m.w[slot] = w;
  return m;
};

describe('stored answer model', () => {
  it('GIVEN a model stored and loaded THEN the ranker survives to within int16 rounding and the trees exactly', () => {
    const model = {
      ranker: withWeights([
        [5, 2.5],
        [9, -1.25],
      ]),
      answerable: forest(),
      correct: forest(),
      threshold: 0.4,
    };
    const back = loadStoredModel(JSON.parse(JSON.stringify(storeModel(model, 'test'))));
    expect(back.threshold).toBe(0.4);
    expect(back.ranker.w[5]).toBeCloseTo(2.5, 3);
    expect(back.ranker.w[9]).toBeCloseTo(-1.25, 3);
    expect(back.ranker.w[2]).toBe(0);
    // Trees are trained in float32, so they come back exact.
    for (const x of [row(0.1), row(0.9)])
      expect(forestScore(back.answerable, x)).toBe(forestScore(model.answerable, x));
    expect(forestScore(back.correct, row(0.9))).toBeGreaterThan(forestScore(back.correct, row(0.1)));
  });

  it('GIVEN trees stored over other decision columns THEN loading says to retrain', () => {
    const stored = storeModel(
      { ranker: new LinearModel(), answerable: forest(), correct: forest(), threshold: 0 },
      'x',
    );
    const renamed = { ...stored, correct: { ...stored.correct, columns: ['something else'] } };
    expect(() => loadStoredModel(renamed)).toThrow(/columns/);
  });

  it('GIVEN weights stored for another hash width THEN loading says so instead of answering wrongly', () => {
    const stored = storeModel(
      { ranker: new LinearModel(), answerable: forest(), correct: forest(), threshold: 0 },
      'x',
    );
    expect(() => loadStoredModel({ ...stored, bits: BITS + 1 })).toThrow(/bits/);
  });

  it('GIVEN the committed weights THEN they load, with a threshold between 0 and 1', () => {
    const m = answerModel();
    expect(m.threshold).toBeGreaterThan(0);
    expect(m.threshold).toBeLessThan(1);
    expect(m.ranker.w.some((w) => w !== 0)).toBe(true);
  });
});

describe('answerConfidence', () => {
  it('GIVEN a sure-answerable question THEN answering beats abstaining, which cannot be right', () => {
    expect(answerConfidence(50, 0).confidence).toBeCloseTo(1, 5);
  });

  it('GIVEN an even chance of answerable THEN confidence is the share of right answers among right outcomes', () => {
    // P(answer right) = 0.5 × 0.5 against P(abstain right) = 0.5.
    expect(answerConfidence(0, 0).confidence).toBeCloseTo(0.25 / 0.75, 5);
  });

  it('GIVEN a likely unanswerable question THEN confidence falls even when the candidate looks right', () => {
    const c = answerConfidence(-2, 3);
    expect(c.confidence).toBeLessThan(c.correct);
    expect(c.confidence).toBeLessThan(0.2);
  });
});
