import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../../src/search/store.js';
import { candidateFor, labelsNamed, labelsOf, openNews } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

const NEAREST = 'tokens to nearest matched word × side';
const CHAIR = 'Who chaired the Harbor summit?';
const BREAK = 'punctuation between span and nearest match × wh: who';

describe('distance features', () => {
  it('GIVEN a span right after a matched word THEN the nearest one is 1 token left', () => {
    const c = candidateFor(index, 'Who did the council honour?', 'Tom Reed');
    expect(labelsNamed(c, NEAREST)).toEqual([`${NEAREST}: 1 left`]);
  });

  it('GIVEN a span right before the question verb THEN the nearest word and the verb are 1 token right', () => {
    const c = candidateFor(index, CHAIR, 'Elena Voss', 'chaired the Harbor');
    expect(labelsNamed(c, NEAREST)).toEqual([`${NEAREST}: 1 right`]);
    expect(labelsOf(c)).toContain('kind of nearest matched word × tokens × side: verb 1 right');
    expect(labelsOf(c)).toContain('tokens to question verb × side × wh: 1 right who');
  });

  it('GIVEN "chaired by Elena Voss" THEN the verb is 2 tokens left', () => {
    const c = candidateFor(index, CHAIR, 'Elena Voss', 'was chaired by');
    expect(labelsNamed(c, NEAREST)).toEqual([`${NEAREST}: 2 left`]);
    expect(labelsOf(c)).toContain('tokens to question verb × side × wh: 2 left who');
  });

  it('GIVEN a span 13 tokens after the nearest question word THEN it falls in the last distance bucket (13+)', () => {
    const c = candidateFor(index, 'Who did the council honour?', 'harbour');
    expect(labelsNamed(c, NEAREST)).toEqual([`${NEAREST}: 7 left`]);
  });

  it('GIVEN "which river" and the span before "river" THEN the head noun is 1 token right', () => {
    const c = candidateFor(index, 'Which river flows through Warsaw?', 'Vistula');
    expect(labelsNamed(c, 'tokens to head noun × side')).toEqual(['tokens to head noun × side: 1 right']);
  });

  it('GIVEN a sentence holding none of the question words THEN no matched word is outside the span', () => {
    const c = candidateFor(index, 'Where is the Harbor summit held?', 'Riverton');
    expect(labelsOf(c)).toContain('no matched word outside the span');
    expect(labelsNamed(c, NEAREST)).toEqual([]);
  });

  it('GIVEN "Elena Voss, the mayor, opened" THEN a comma stands between the name and the verb', () => {
    const c = candidateFor(index, 'Who opened the new bridge?', 'Elena Voss', 'the mayor');
    expect(labelsOf(c)).toContain(BREAK);
    expect(labelsOf(candidateFor(index, CHAIR, 'Elena Voss', 'chaired the Harbor'))).not.toContain(BREAK);
  });
});
