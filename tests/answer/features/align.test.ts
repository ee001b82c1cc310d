import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../../src/search/store.js';
import { candidateFor, labelsOf, openNews } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

const SAME_BEFORE = 'word before the wh-word is the word before the span';
const BEFORE_LEFT = 'last term before the wh-word precedes the span (1–3 tokens)';
const AFTER_RIGHT = 'first term after the wh-phrase follows the span (1–3 tokens)';
const AFTER_LEFT = 'first term after the wh-phrase precedes the span (1–3 tokens)';
const ALL = [SAME_BEFORE, BEFORE_LEFT, AFTER_RIGHT, AFTER_LEFT];

describe('align features', () => {
  it('GIVEN "flows through what city?" and "flows through Warsaw" THEN the words before the wh-word precede the span', () => {
    const c = candidateFor(index, 'The river flows through what city?', 'Warsaw');
    expect(labelsOf(c)).toContain(SAME_BEFORE);
    expect(labelsOf(c)).toContain(BEFORE_LEFT);
    expect(labelsOf(c)).not.toContain(AFTER_RIGHT);
  });

  it('GIVEN "Who chaired…?" and "Elena Voss chaired" THEN the verb after the wh-word follows the span', () => {
    const c = candidateFor(index, 'Who chaired the Harbor summit?', 'Elena Voss', 'chaired the Harbor');
    expect(labelsOf(c)).toContain(AFTER_RIGHT);
    expect(labelsOf(c)).not.toContain(AFTER_LEFT);
    expect(labelsOf(c)).not.toContain(SAME_BEFORE);
  });

  it('GIVEN "Who chaired…?" and "chaired by Elena Voss" THEN the verb after the wh-word precedes the span', () => {
    const c = candidateFor(index, 'Who chaired the Harbor summit?', 'Elena Voss', 'was chaired by');
    expect(labelsOf(c)).toContain(AFTER_LEFT);
    expect(labelsOf(c)).not.toContain(AFTER_RIGHT);
  });

  it('GIVEN a span far from every question word THEN no align feature', () => {
    const c = candidateFor(index, 'Who did the council honour?', 'harbour');
    for (const label of ALL) expect(labelsOf(c)).not.toContain(label);
  });
});
