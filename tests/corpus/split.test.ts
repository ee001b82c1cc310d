import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/split.js';

const texts = (block: string): string[] => splitSentences(block).map((s) => s.text);

describe('splitSentences', () => {
  it('GIVEN abbreviations and initials THEN it does not split inside them', () => {
    const block =
      'U.S. General Alexus G. Grynkewich met Gen. Dan Caine in Washington, D.C. at 3 p.m. on Tuesday. No. 10 agreed.';
    expect(texts(block)).toEqual([
      'U.S. General Alexus G. Grynkewich met Gen. Dan Caine in Washington, D.C. at 3 p.m. on Tuesday.',
      'No. 10 agreed.',
    ]);
  });

  it('GIVEN a glued full stop ("Putin.These") THEN it splits there and keeps the text verbatim', () => {
    expect(texts('They met Putin.These talks failed.')).toEqual(['They met Putin.', 'These talks failed.']);
  });

  it('GIVEN a quotation with full stops inside THEN the quote and its attribution stay one sentence', () => {
    const block = '“We confirmed our support. Peace is the priority,” the admiral wrote. Then he left.';
    expect(texts(block)).toEqual([
      '“We confirmed our support. Peace is the priority,” the admiral wrote.',
      'Then he left.',
    ]);
  });

  it('GIVEN a dotted abbreviation that ends a sentence THEN a following sentence starter splits', () => {
    expect(texts('The pledge came from the U.S. The talks went on.')).toEqual([
      'The pledge came from the U.S.',
      'The talks went on.',
    ]);
  });

  it('GIVEN any text THEN every sentence is an exact slice of it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (block) => {
        for (const s of splitSentences(block)) expect(block.slice(s.start, s.end)).toBe(s.text);
      }),
    );
  });
});
