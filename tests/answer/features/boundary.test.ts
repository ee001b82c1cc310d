import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../../src/search/store.js';
import { candidateFor, labelsNamed, openNews } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

/** The boundary features of a span of "The Vistula river flows through Warsaw." */
const edges = (text: string): string[] => {
  const c = candidateFor(index, 'Which river flows through Warsaw?', text, 'Vistula');
  return ['word before × first code', 'last code × word after', 'two words after'].flatMap((n) =>
    labelsNamed(c, n),
  );
};

describe('boundary features', () => {
  it('GIVEN "Vistula" cut from "Vistula river" THEN its right edge meets a name word, the whole phrase a verb', () => {
    expect(edges('Vistula')).toContain('last code × word after: L code:L');
    expect(edges('Vistula river')).toContain('last code × word after: L code:V');
  });

  it('GIVEN both spans THEN they share the left edge after "the", and differ in the two words after', () => {
    expect(edges('Vistula')).toContain('word before × first code: the L');
    expect(edges('Vistula river')).toContain('word before × first code: the L');
    expect(edges('Vistula')).toContain('two words after: code:L code:V');
    expect(edges('Vistula river')).toContain('two words after: code:V through');
  });
});
