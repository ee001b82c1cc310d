import { describe, expect, it } from 'vitest';
import { formatDate, type PartialDate } from '../../src/corpus/dates.js';
import { findReferences } from '../../src/timeline/references.js';
import { resolveReference } from '../../src/timeline/resolve.js';
import type { Direction } from '../../src/timeline/tense.js';

const THURSDAY: PartialDate = { year: 2025, month: 8, day: 21 };
const resolve = (phrase: string, dir: Direction, anchor: PartialDate | null = THURSDAY) => {
  const ref = findReferences(phrase)[0];
  if (!ref) throw new Error(`no reference in ${phrase}`);
  const d = resolveReference(ref, anchor ?? undefined, dir);
  return d && formatDate(d);
};

describe('resolveReference', () => {
  it('GIVEN a Thursday article THEN a past Wednesday is the day before and a past Monday three days before', () => {
    expect(resolve('on Wednesday', 'past')).toBe('2025-08-20');
    expect(resolve('Tuesday evening', 'past')).toBe('2025-08-19');
    expect(resolve('on Monday', 'past')).toBe('2025-08-18');
    expect(resolve('on Friday', 'past')).toBe('2025-08-15');
  });

  it('GIVEN a future clause THEN the weekday is the coming one', () => {
    expect(resolve('on Sunday', 'future')).toBe('2025-08-24');
    expect(resolve('on Wednesday', 'future')).toBe('2025-08-27');
    expect(resolve('on Thursday', 'future')).toBe('2025-08-21');
  });

  it('GIVEN last/next THEN the modifier beats the tense', () => {
    expect(resolve('next Monday', 'past')).toBe('2025-08-25');
    expect(resolve('last Thursday', 'future')).toBe('2025-08-14');
  });

  it('GIVEN no anchor THEN a weekday or month-day gives no date, but stated dates and years do', () => {
    expect(resolve('on Wednesday', 'past', null)).toBeUndefined();
    expect(resolve('on August 20', 'past', null)).toBeUndefined();
    expect(resolve('in 1949', 'past', null)).toBe('1949');
    expect(resolve('in February 2022', 'past', null)).toBe('2022-02');
  });

  it('GIVEN only a month-precision anchor THEN no day is guessed for a weekday', () => {
    expect(resolve('on Wednesday', 'past', { year: 2025, month: 8 })).toBeUndefined();
  });

  it('GIVEN a month or month-day without year THEN the year puts it on the side the tense says', () => {
    expect(resolve('in December', 'past', { year: 2025, month: 1, day: 10 })).toBe('2024-12');
    expect(resolve('in March', 'future', { year: 2025, month: 8, day: 21 })).toBe('2026-03');
    expect(resolve('on August 20', 'past')).toBe('2025-08-20');
    expect(resolve('yesterday', 'past')).toBe('2025-08-20');
  });
});

describe('resolveReference with periods', () => {
  it('GIVEN "last year" / "earlier this month" / "next month" THEN the anchor year or month, shifted', () => {
    expect(resolve('Sales fell last year.', 'past')).toBe('2024');
    expect(resolve('It opened earlier this month.', 'past')).toBe('2025-08');
    expect(resolve('It opens next month.', 'future', { year: 2025, month: 12, day: 3 })).toBe('2026-01');
    expect(resolve('It opened last month.', 'past', { year: 2025 })).toBeUndefined();
    expect(resolve('It opened last month.', 'past', null)).toBeUndefined();
  });
});
