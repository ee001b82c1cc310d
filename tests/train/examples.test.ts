import { describe, expect, it } from 'vitest';
import { isAccepted, isRight } from '../../src/train/examples.js';

const DRAGONE = [['cavo dragone', 'dragone']];

describe('training labels', () => {
  it('GIVEN a news span with the name and a title before it THEN the grader accepts it, but the ranker learns the tight span', () => {
    const long = 'Italian Admiral Giuseppe Cavo Dragone';
    expect(isAccepted(long, DRAGONE, 'news')).toBe(true);
    expect(isRight(long, DRAGONE, 'news')).toBe(false);
    expect(isRight('Cavo Dragone', DRAGONE, 'news')).toBe(true);
  });

  it('GIVEN a news reply longer than 12 words or missing a group THEN it is not accepted', () => {
    const thirteen = 'Cavo Dragone one two three four five six seven eight nine ten eleven';
    expect(isAccepted(thirteen, DRAGONE, 'news')).toBe(false);
    expect(isAccepted('Starmer', [['starmer'], ['macron']], 'news')).toBe(false);
    expect(isAccepted('Yes: he ruled out sending troops', [['yes', 'ruled out']], 'news')).toBe(true);
  });

  it('GIVEN a SQuAD question THEN both labels are the exact match, articles and punctuation aside', () => {
    expect(isAccepted('the Normans.', [['Normans']], 'squad')).toBe(true);
    expect(isAccepted('the Normans of France', [['Normans']], 'squad')).toBe(false);
  });
});
