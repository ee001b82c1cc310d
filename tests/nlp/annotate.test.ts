import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../src/nlp/annotate.js';
import { POS } from '../../src/nlp/posCodes.js';
import { tokenize } from '../../src/nlp/tokenize.js';

describe('annotateArticle', () => {
  it('GIVEN sentences THEN each token gets one code: people, titles, places, dates', async () => {
    const sentences = ['Admiral Giuseppe Cavo Dragone met officials in Geneva on Tuesday.', 'He left.'];
    const codes = await annotateArticle(sentences);
    expect(codes.map((c) => c.length)).toEqual(sentences.map((s) => tokenize(s).length));
    const first = codes[0] ?? '';
    expect(first[0]).toBe(POS.title);
    expect(first.slice(1, 4)).toBe(POS.person.repeat(3));
    expect(first[7]).toBe(POS.place);
    expect(first[9]).toBe(POS.date);
  });
});
