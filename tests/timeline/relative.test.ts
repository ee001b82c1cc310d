import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/corpus/dates.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { relativeEvent } from '../../src/timeline/relative.js';
import { corpusOf, md } from './support.js';

describe('relativeEvent', () => {
  const s = 'Leaders met on Monday, three days after his landmark summit with Putin in Alaska.';
  const at = s.indexOf('Monday') + 'Monday'.length;

  it('GIVEN "N days after X" right after a full date THEN X is N days earlier', () => {
    const r = relativeEvent(s, at, { year: 2025, month: 8, day: 18 });
    expect(r && formatDate(r.date)).toBe('2025-08-15');
    expect(r?.text).toBe('Landmark summit with Putin in Alaska');
  });

  it('GIVEN "a week before X" THEN X is seven days later', () => {
    const t = 'The vote took place on May 2, 2024, a week before the new parliament met.';
    const r = relativeEvent(t, t.indexOf('2024') + 4, { year: 2024, month: 5, day: 2 });
    expect(r && formatDate(r.date)).toBe('2024-05-09');
  });

  it('GIVEN a one-word event or a coarse date THEN no event is made', () => {
    const t = 'They splash down on July 24, eight days after launch.';
    expect(relativeEvent(t, t.indexOf('24') + 2, { year: 1969, month: 7, day: 24 })).toBeUndefined();
    expect(relativeEvent(s, at, { year: 2025, month: 8 })).toBeUndefined();
  });
});

describe('"N days ago" in an article', () => {
  it('GIVEN a publication date THEN "three days ago" is three days before it', () => {
    const entries = buildTimeline(
      corpusOf({ 'a.md': md('A', '2024-03-14', 'The bridge was closed three days ago.') }),
    );
    expect(entries.map((e) => e.date)).toEqual(['2024-03-11']);
  });
});
