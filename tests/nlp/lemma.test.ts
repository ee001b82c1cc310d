import { describe, expect, it } from 'vitest';
import { stem } from '../../src/nlp/lemma.js';
import { fold, tokenize } from '../../src/nlp/tokenize.js';
import { termKey } from '../../src/search/terms.js';

describe('stem', () => {
  it.each([
    ['held', 'holding'],
    ['won', 'wins'],
    ['freed', 'free'],
    ['chaired', 'chair'],
  ])('GIVEN "%s" and "%s" THEN they share a key', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });
});

describe('termKey', () => {
  it('GIVEN acronyms THEN they are names, not the stop words they fold to', () => {
    expect(termKey('US')).toBe('us');
    expect(termKey('U.S.')).toBe('us');
    expect(termKey('IT')).toBe('it');
    expect(termKey('it')).toBeNull();
  });
});

describe('tokenize', () => {
  it('GIVEN abbreviations, hyphens and accents THEN tokens keep them and offsets point into the text', () => {
    const text = 'U.S. Gen. Orbán signed a 100-year deal.';
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['U.S.', 'Gen', 'Orbán', 'signed', 'a', '100-year', 'deal']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(fold('Orbán')).toBe('orban');
  });

  it('GIVEN clock and race times THEN each is one token, seconds included', () => {
    expect(tokenize('He ran 2:00:25 at Monza, then 1:59:40 at 8:15 a.m.').map((t) => t.text)).toEqual([
      'He',
      'ran',
      '2:00:25',
      'at',
      'Monza',
      'then',
      '1:59:40',
      'at',
      '8:15',
      'a.m.',
    ]);
  });
});
