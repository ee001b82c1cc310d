import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../../src/search/store.js';
import { candidateFor, featureValue, labelsNamed, labelsOf, openNews } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

const CHAIR = 'Who chaired the Harbor summit?';
const ECHO = 'share of span tokens from the question × wh';
const NAME = 'span holds a name from the question';

describe('echo features', () => {
  it('GIVEN a span repeating "Harbor summit" THEN 2 of its 6 tokens echo the question, one of them a name', () => {
    const c = candidateFor(index, CHAIR, 'the Harbor summit on March 14');
    expect(featureValue(c, `${ECHO}: who`)).toBeCloseTo(2 / 6);
    expect(labelsOf(c)).toContain(NAME);
  });

  it('GIVEN a span repeating "council honoured" THEN 2 of its 5 tokens echo the question, none a name', () => {
    const c = candidateFor(index, 'Who did the council honour?', 'The council honoured Tom Reed');
    expect(featureValue(c, `${ECHO}: who`)).toBeCloseTo(2 / 5);
    expect(labelsOf(c)).not.toContain(NAME);
  });

  it('GIVEN a span of none of the question words THEN no echo feature', () => {
    const c = candidateFor(index, CHAIR, 'March 14');
    expect(labelsNamed(c, ECHO)).toEqual([]);
    expect(labelsOf(c)).not.toContain(NAME);
  });

  it('GIVEN "which river" and "The Vistula river" THEN the head noun ends the span and is no echo', () => {
    const c = candidateFor(index, 'Which river flows through Warsaw?', 'The Vistula river');
    expect(
      labelsNamed(c, 'wh × span holds the head noun × as its last word ("Vistula River" for "which river")'),
    ).toEqual([
      'wh × span holds the head noun × as its last word ("Vistula River" for "which river"): which last',
    ]);
    expect(labelsNamed(c, ECHO)).toEqual([]);
  });

  it('GIVEN "which river" and "Vistula" right before "river" THEN the head noun is right after the span', () => {
    const c = candidateFor(index, 'Which river flows through Warsaw?', 'Vistula');
    expect(labelsNamed(c, 'head noun right after / before the span')).toEqual([
      'head noun right after / before the span: after',
    ]);
  });
});
