import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../../src/search/store.js';
import { candidateFor, labelsNamed, openNews } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

const ARTICLES = 'articles offering the same text';

describe('agreement features', () => {
  it('GIVEN two articles saying the award went to Elena Voss THEN "Elena Voss" is offered by 2 articles', () => {
    for (const sentence of ['on Monday', 'Residents cheered']) {
      const c = candidateFor(index, 'Who got the award?', 'Elena Voss', sentence);
      expect(labelsNamed(c, ARTICLES)).toEqual([`${ARTICLES}: 2`]);
    }
  });

  it('GIVEN "Elena Voss" in two sentences of one article THEN it is offered by 1 article', () => {
    const c = candidateFor(index, 'Who chaired the Harbor summit?', 'Elena Voss', 'was chaired by');
    expect(labelsNamed(c, ARTICLES)).toEqual([`${ARTICLES}: 1`]);
  });
});
