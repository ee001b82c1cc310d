import { describe, expect, it } from 'vitest';
import { findReferences } from '../../src/timeline/references.js';

const kinds = (text: string) => findReferences(text).map((r) => ({ ...r, start: undefined, end: undefined }));

describe('findReferences', () => {
  it('GIVEN full dates, months and years THEN each is found at its stated precision', () => {
    expect(kinds('It was signed on August 18, 2025 and ratified in January 2026.')).toMatchObject([
      { kind: 'date', date: { year: 2025, month: 8, day: 18 } },
      { kind: 'date', date: { year: 2026, month: 1 } },
    ]);
    expect(kinds('NATO was founded in 1949; tensions have grown since 2014.')).toMatchObject([
      { kind: 'year', year: 1949 },
      { kind: 'year', year: 2014 },
    ]);
    expect(kinds('Figures for 2025-08-21 are in.')).toMatchObject([
      { kind: 'date', date: { year: 2025, month: 8, day: 21 } },
    ]);
  });

  it('GIVEN weekday phrases THEN the weekday and any last/next modifier are found', () => {
    expect(kinds('They met on Wednesday and again Tuesday evening.')).toMatchObject([
      { kind: 'weekday', weekday: 3 },
      { kind: 'weekday', weekday: 2 },
    ]);
    expect(kinds("During Monday's talks, a vote was set for next Friday.")).toMatchObject([
      { kind: 'weekday', weekday: 1 },
      { kind: 'weekday', weekday: 5, modifier: 'next' },
    ]);
  });

  it('GIVEN numbers that are not years THEN no reference is found', () => {
    expect(findReferences('Some 2025 troops and 1,949 tanks; a 100-year deal.')).toEqual([]);
  });

  it('GIVEN a weekday inside a full date THEN only the full date is found', () => {
    expect(kinds('On Wednesday, August 20, 2025, they met.')).toHaveLength(1);
  });
});

describe('findReferences and names', () => {
  it('GIVEN a month or weekday that is part of a name THEN it is not a date', () => {
    expect(findReferences('April Smith, a spokeswoman, said so.')).toEqual([]);
    expect(kinds('The Good Friday agreement was signed in 1998.')).toMatchObject([
      { kind: 'year', year: 1998 },
    ]);
    expect(kinds('Voters went to the polls on Super Tuesday.')).toEqual([]);
  });

  it('GIVEN a month after a dating word THEN it is a month reference', () => {
    expect(kinds('Talks resumed in June.')).toMatchObject([{ kind: 'month', month: 6 }]);
  });
});
