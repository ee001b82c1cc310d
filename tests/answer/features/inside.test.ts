import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../../src/search/store.js';
import { candidateFor, labelsNamed, openNews } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

const HOLDS = 'wh × span holds';

describe('inside features', () => {
  it('GIVEN "Carl Scheele in Uppsala, in 1773" THEN the span holds a preposition and a comma, nothing else', () => {
    const c = candidateFor(index, 'Who discovered oxygen?', 'Carl Scheele in Uppsala, in 1773');
    expect(labelsNamed(c, HOLDS)).toEqual([`${HOLDS}: who preposition`, `${HOLDS}: who comma`]);
  });

  it('GIVEN a bare name THEN the span holds nothing', () => {
    expect(labelsNamed(candidateFor(index, 'Who discovered oxygen?', 'Carl Scheele'), HOLDS)).toEqual([]);
  });

  it('GIVEN "Fishermen in Porto" THEN the span holds a preposition, a name and a common noun', () => {
    const c = candidateFor(index, 'Who sold fresh fish at the market?', 'Fishermen in Porto');
    expect(labelsNamed(c, HOLDS)).toEqual([
      `${HOLDS}: who preposition`,
      `${HOLDS}: who name and common noun`,
    ]);
  });

  it('GIVEN "Elena Voss chaired" and "Elena Voss, the mayor" THEN a verb, and a comma with a determiner', () => {
    const verb = candidateFor(index, 'Who chaired the Harbor summit?', 'Elena Voss chaired');
    expect(labelsNamed(verb, HOLDS)).toEqual([`${HOLDS}: who verb`]);
    const apposition = candidateFor(index, 'Who opened the new bridge?', 'Elena Voss, the mayor');
    expect(labelsNamed(apposition, HOLDS)).toEqual([`${HOLDS}: who comma`, `${HOLDS}: who determiner`]);
  });

  it('GIVEN "Riverton and Porto" THEN the span holds a conjunction', () => {
    const c = candidateFor(index, 'Where is the Harbor summit held?', 'Riverton and Porto');
    expect(labelsNamed(c, HOLDS)).toContain(`${HOLDS}: where conjunction`);
  });
});
