import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../../src/search/store.js';
import { candidateFor, labelsNamed, labelsOf, openNews } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

const CHAIR = 'Who chaired the Harbor summit?';
const AGENT = 'wh × passive agent ("was chaired by X"): who';
const SUBJECT = 'wh × span right before the question verb: who';
const OBJECT = 'wh × span right after the question verb: who';

describe('syntax features', () => {
  it('GIVEN "was chaired by Elena Voss" THEN the span is the passive agent, after "by" and the verb', () => {
    const c = candidateFor(index, CHAIR, 'Elena Voss', 'was chaired by');
    expect(labelsNamed(c, 'wh × word before')).toEqual(['wh × word before: who by']);
    expect(labelsOf(c)).toContain(AGENT);
    expect(labelsOf(c)).toContain(OBJECT);
    expect(labelsOf(c)).not.toContain(SUBJECT);
  });

  it('GIVEN "Elena Voss chaired…" THEN the span opens the sentence right before the verb, and is no agent', () => {
    const c = candidateFor(index, CHAIR, 'Elena Voss', 'chaired the Harbor');
    expect(labelsOf(c)).toContain(SUBJECT);
    expect(labelsOf(c)).toContain('wh × span at sentence start/end: who start');
    expect(labelsOf(c)).toContain('wh × punctuation before/after: who <s>|');
    expect(labelsOf(c)).not.toContain(AGENT);
    expect(labelsOf(c)).not.toContain(OBJECT);
  });

  it('GIVEN a span ending the sentence THEN it is at the end, before the full stop', () => {
    const c = candidateFor(index, 'The river flows through what city?', 'Warsaw');
    expect(labelsOf(c)).toContain('wh × span at sentence start/end: what end');
    expect(labelsOf(c)).toContain('wh × word after: what </s>');
    expect(labelsOf(c)).toContain('wh × punctuation before/after: what |.');
  });

  it('GIVEN "How many crossings…" and "900 crossings" THEN the how-word is crossed with the plural noun after', () => {
    const c = candidateFor(index, 'How many crossings did the transport office count?', '900');
    expect(labelsNamed(c, 'how-word × word after')).toEqual(['how-word × word after: many code:m']);
  });
});
