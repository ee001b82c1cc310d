import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../../src/search/store.js';
import { candidateFor, featureValue, labelsNamed, openNews } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

const AWARD = 'Who got the award?';
const ANSWERS = 'answers the FAQ question or heading that matched';

describe('retrieval features', () => {
  it('GIVEN two sentences about the award THEN the top BM25 one has rank 0 and the full score, the other rank 1', () => {
    const top = candidateFor(index, AWARD, 'Elena Voss', 'on Monday');
    expect(labelsNamed(top, 'sentence BM25 rank')).toEqual(['sentence BM25 rank: 0']);
    expect(featureValue(top, 'sentence BM25 / best')).toBeCloseTo(1);
    const next = candidateFor(index, AWARD, 'Elena Voss', 'Residents cheered');
    expect(labelsNamed(next, 'sentence BM25 rank')).toEqual(['sentence BM25 rank: 1']);
    expect(featureValue(next, 'sentence BM25 / best')).toBeGreaterThan(0);
    expect(featureValue(next, 'sentence BM25 / best')).toBeLessThan(1);
  });

  it('GIVEN "Where is X held? Y and Z are considered." THEN the answer sentence answers the FAQ question', () => {
    const c = candidateFor(index, 'Where is the Harbor summit held?', 'Riverton');
    expect(labelsNamed(c, ANSWERS)).toEqual([`${ANSWERS}: question`]);
  });

  it('GIVEN a paragraph under the matching heading THEN it answers the heading', () => {
    const c = candidateFor(index, 'What do ticket prices for visitors cost?', '20 euros');
    expect(labelsNamed(c, ANSWERS)).toEqual([`${ANSWERS}: heading`]);
  });

  it('GIVEN a sentence found by its own words THEN it answers no FAQ question or heading', () => {
    expect(labelsNamed(candidateFor(index, AWARD, 'Elena Voss', 'on Monday'), ANSWERS)).toEqual([]);
  });
});
