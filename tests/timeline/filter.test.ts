import { describe, expect, it } from 'vitest';
import { filterTimeline, parseDateBound } from '../../src/timeline/filter.js';
import type { TimelineEntry } from '../../src/timeline/types.js';

const entry = (date: string, text: string): TimelineEntry => ({
  date,
  text,
  citations: [{ n: 1, articleId: 'a', title: 'A', sentence: text }],
});
const ENTRIES = [
  entry('1949', 'NATO was founded in 1949.'),
  entry('2025-08', 'Generals met throughout August 2025.'),
  entry('2025-08-18', 'Trump hosted talks at the White House.'),
  entry('2025-08-20', 'NATO chiefs held a video conference.'),
];
const dates = (opts: Parameters<typeof filterTimeline>[1]) =>
  filterTimeline(ENTRIES, opts).map((e) => e.date);

describe('filterTimeline', () => {
  it('GIVEN bounds THEN entries are compared at their own precision', () => {
    expect(dates({ from: '2025-08-19' })).toEqual(['2025-08', '2025-08-20']);
    expect(dates({ to: '2025-08-18' })).toEqual(['1949', '2025-08', '2025-08-18']);
    expect(dates({ from: '2025', to: '2025' })).toEqual(['2025-08', '2025-08-18', '2025-08-20']);
  });

  it('GIVEN topic words THEN only entries about all of them are kept', () => {
    expect(dates({ topic: 'NATO' })).toEqual(['1949', '2025-08-20']);
    expect(dates({ topic: 'NATO founding' })).toEqual(['1949']);
    expect(dates({ topic: 'White House talks' })).toEqual(['2025-08-18']);
  });

  it('GIVEN a bound that is not a date THEN parseDateBound rejects it and the filter throws', () => {
    expect(parseDateBound('2025-13')).toBeUndefined();
    expect(parseDateBound('soon')).toBeUndefined();
    expect(parseDateBound('August 18, 2025')).toBe('2025-08-18');
    expect(() => filterTimeline(ENTRIES, { from: 'soon' })).toThrow(RangeError);
  });
});
