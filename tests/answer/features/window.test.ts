import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../../src/search/store.js';
import { candidateFor, featureValue, openNews } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

const HONOUR = 'Who did the council honour?';
const NEAR_LEFT = 'matched IDF 1–3 tokens left (share)';
const FAR_LEFT = 'matched IDF 4–10 tokens left (share)';
const NEAR_RIGHT = 'matched IDF 1–3 tokens right (share)';
const INSIDE = 'matched IDF inside the span (share)';

describe('window features', () => {
  it('GIVEN "council honoured" right before the span THEN all the matched IDF is 1–3 tokens left', () => {
    const c = candidateFor(index, HONOUR, 'Tom Reed');
    expect(featureValue(c, NEAR_LEFT)).toBeCloseTo(1);
    expect(featureValue(c, FAR_LEFT)).toBe(0);
    expect(featureValue(c, NEAR_RIGHT)).toBe(0);
    expect(featureValue(c, 'wh × matched IDF within 3 tokens either side (share): who')).toBeCloseTo(1);
  });

  it('GIVEN the question words 9–10 tokens before the span THEN their IDF is in the far-left window only', () => {
    const c = candidateFor(index, HONOUR, 'work');
    expect(featureValue(c, FAR_LEFT)).toBeCloseTo(1);
    expect(featureValue(c, NEAR_LEFT)).toBe(0);
  });

  it('GIVEN a span holding "Harbor summit" right after "chaired" THEN the inside and near-left shares make the whole', () => {
    const c = candidateFor(index, 'Who chaired the Harbor summit?', 'the Harbor summit on March 14');
    const inside = featureValue(c, INSIDE);
    expect(inside).toBeGreaterThan(0);
    expect(inside + featureValue(c, NEAR_LEFT)).toBeCloseTo(1);
    expect(featureValue(c, NEAR_RIGHT)).toBe(0);
  });
});
