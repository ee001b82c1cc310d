import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../../src/search/store.js';
import { candidateFor, labelsNamed, labelsOf, openNews } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

const FAQ_FIRST = 'answers a matched FAQ question × wh × first code';
const FAQ_START = 'answers a matched FAQ question × span starts the sentence';

describe('type features', () => {
  it("GIVEN a who-question and a person's name THEN the wh-word is crossed with the person code at both ends", () => {
    const c = candidateFor(index, 'Who chaired the Harbor summit?', 'Elena Voss', 'chaired the Harbor');
    expect(labelsNamed(c, 'wh × first code')).toEqual(['wh × first code: who P']);
    expect(labelsNamed(c, 'wh × last code')).toEqual(['wh × last code: who P']);
  });

  it('GIVEN a when-question and a date THEN the wh-word is crossed with the date code', () => {
    const c = candidateFor(index, 'When did Elena Voss chair the Harbor summit?', 'March 14, 2025');
    expect(labelsOf(c)).toContain('wh × first code: when T');
    expect(labelsOf(c)).toContain('wh × last code: when T');
  });

  it('GIVEN "which river" THEN the head noun is crossed with the last code and last lower-case word', () => {
    const c = candidateFor(index, 'Which river flows through Warsaw?', 'The Vistula river');
    expect(labelsOf(c)).toContain('head noun × last code: river L');
    expect(labelsOf(c)).toContain('head noun × last lower-case word: river river');
    // A capitalised last word is an article's name, never general vocabulary.
    const name = candidateFor(index, 'Which river flows through Warsaw?', 'Vistula');
    expect(labelsNamed(name, 'head noun × last lower-case word')).toEqual([]);
    expect(labelsNamed(name, 'wh × last lower-case word')).toEqual([]);
  });

  it('GIVEN "which river" THEN its WordNet class (object) is crossed with the span code and with the class of a span ending in a common noun', () => {
    const c = candidateFor(index, 'Which river flows through Warsaw?', 'The Vistula river');
    expect(labelsNamed(c, 'head class × last code')).toEqual(['head class × last code: object L']);
    expect(labelsNamed(c, 'head class × span noun class')).toEqual([
      'head class × span noun class: object object',
    ]);
    const name = candidateFor(index, 'Which river flows through Warsaw?', 'Vistula');
    expect(labelsNamed(name, 'head class × span noun class')).toEqual([
      'head class × span noun class: object none',
    ]);
    expect(labelsNamed(name, 'wh × span noun class')).toEqual(['wh × span noun class: which none']);
  });

  it('GIVEN "how many" and a number THEN the how-word is crossed with the number code', () => {
    const c = candidateFor(index, 'How many crossings did the transport office count?', '900');
    expect(labelsNamed(c, 'how-word × last code')).toEqual(['how-word × last code: many C']);
    const longer = candidateFor(index, 'How many crossings did the transport office count?', '900 crossings');
    expect(labelsNamed(longer, 'how-word × last code')).toEqual(['how-word × last code: many m']);
  });

  it('GIVEN the sentence answering a matched FAQ question THEN its spans get the FAQ type features, the first span the start one', () => {
    const first = candidateFor(index, 'Where is the Harbor summit held?', 'Riverton');
    expect(labelsNamed(first, FAQ_FIRST)).toHaveLength(1);
    expect(labelsOf(first)).toContain(FAQ_START);
    const later = candidateFor(index, 'Where is the Harbor summit held?', 'Porto');
    expect(labelsNamed(later, FAQ_FIRST)).toHaveLength(1);
    expect(labelsOf(later)).not.toContain(FAQ_START);
  });

  it('GIVEN a sentence found through a heading or by its own words THEN no FAQ type feature', () => {
    const heading = candidateFor(index, 'What do ticket prices for visitors cost?', 'Day passes');
    const body = candidateFor(index, 'Who chaired the Harbor summit?', 'Elena Voss', 'chaired the Harbor');
    for (const c of [heading, body]) {
      expect(labelsNamed(c, FAQ_FIRST)).toEqual([]);
      expect(labelsOf(c)).not.toContain(FAQ_START);
    }
  });
});
