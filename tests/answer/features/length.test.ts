import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../../src/search/store.js';
import { candidateFor, labelsNamed, labelsOf, openNews } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

const LIST = 'wh × span is a list (comma or and/or inside)';
const SEVERAL = 'span is a list × the question asks for several';

describe('length features', () => {
  it('GIVEN a two-word name and a six-token phrase THEN their lengths fall in buckets 2 and 5 (6–8)', () => {
    expect(
      labelsNamed(candidateFor(index, 'Who discovered oxygen?', 'Carl Scheele'), 'wh × span length'),
    ).toEqual(['wh × span length: who 2']);
    const long = candidateFor(index, 'Who discovered oxygen?', 'Carl Scheele in Uppsala, in 1773');
    expect(labelsNamed(long, 'wh × span length')).toEqual(['wh × span length: who 5']);
  });

  it('GIVEN "Riverton and Porto" for "Which two cities…?" THEN it is a list asked for as several', () => {
    const c = candidateFor(
      index,
      'Which two cities are considered for the Harbor summit?',
      'Riverton and Porto',
    );
    expect(labelsOf(c)).toContain(`${LIST}: which`);
    expect(labelsNamed(c, SEVERAL)).toEqual([`${SEVERAL}: list several`]);
  });

  it('GIVEN a list for a question asking for one place, and a single name THEN list one and single one', () => {
    const list = candidateFor(index, 'Where is the Harbor summit held?', 'Riverton and Porto');
    expect(labelsNamed(list, SEVERAL)).toEqual([`${SEVERAL}: list one`]);
    const single = candidateFor(index, 'Where is the Harbor summit held?', 'Riverton');
    expect(labelsNamed(single, SEVERAL)).toEqual([`${SEVERAL}: single one`]);
    expect(labelsNamed(single, LIST)).toEqual([]);
  });
});
