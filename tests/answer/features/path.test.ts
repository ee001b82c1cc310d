import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../../src/search/store.js';
import { candidateFor, labelsNamed, openNews, slotOf } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

const NEAREST = 'wh × path to the nearest matched word: who';
const VERB = 'wh × path to the question verb: who';

describe('path features', () => {
  it('GIVEN "chaired by X" and "discovered by Y" for who-questions THEN both paths to the verb are the same feature', () => {
    const chaired = candidateFor(index, 'Who chaired the Harbor summit?', 'Elena Voss', 'was chaired by');
    const discovered = candidateFor(index, 'Who discovered oxygen?', 'Carl Scheele');
    expect(slotOf(chaired, VERB)).toBeDefined();
    expect(slotOf(chaired, VERB)).toBe(slotOf(discovered, VERB));
    expect(slotOf(chaired, NEAREST)).toBe(slotOf(discovered, NEAREST));
  });

  it('GIVEN a matched word right after one span and right before another THEN the two paths differ by side', () => {
    const before = candidateFor(index, 'Who chaired the Harbor summit?', 'Elena Voss', 'chaired the Harbor');
    const after = candidateFor(index, 'Who did the council honour?', 'Tom Reed');
    expect(slotOf(before, NEAREST)).toBeDefined();
    expect(slotOf(after, NEAREST)).toBeDefined();
    expect(slotOf(before, NEAREST)).not.toBe(slotOf(after, NEAREST));
  });

  it('GIVEN more than 5 tokens between the span and every question word THEN no path feature', () => {
    for (const text of ['work', 'harbour']) {
      const c = candidateFor(index, 'Who did the council honour?', text);
      expect(labelsNamed(c, 'wh × path to the nearest matched word')).toEqual([]);
    }
    const near = candidateFor(index, 'Who did the council honour?', 'Tom Reed');
    expect(labelsNamed(near, 'wh × path to the nearest matched word')).toEqual([NEAREST]);
  });
});
