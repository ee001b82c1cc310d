import { describe, expect, it } from 'vitest';
import { directionAt } from '../../src/timeline/tense.js';

const dir = (text: string, word = /\b[A-Z][a-z]+day\b/) => {
  const m = word.exec(text);
  if (!m) throw new Error('no weekday');
  return directionAt(text, m.index, m.index + m[0].length);
};

describe('directionAt', () => {
  it('GIVEN past-tense reports THEN the direction is past', () => {
    expect(dir('NATO chiefs met on Wednesday.')).toBe('past');
    expect(dir('Trump on Tuesday explicitly ruled out sending troops.')).toBe('past');
    expect(dir('Russia said on Wednesday it will take part.')).toBe('past');
  });

  it('GIVEN future markers THEN the direction is future', () => {
    expect(dir('Defence chiefs are set to convene on Wednesday.')).toBe('future');
    expect(dir('The ministers will meet on Sunday.')).toBe('future');
    expect(dir('A vote is scheduled for Friday.')).toBe('future');
    expect(dir('The verdict is expected on Monday.')).toBe('future');
  });

  it('GIVEN a future marker in another clause THEN it does not flip a past date', () => {
    expect(dir('Talks ended on Monday; a deal will follow.')).toBe('past');
  });
});

describe('directionAt with passives', () => {
  it('GIVEN "will be held on" THEN the participle does not make it past', () => {
    expect(dir('A rerun will be held on Friday.')).toBe('future');
  });
});
