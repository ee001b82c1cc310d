import type { PartialDate } from '../corpus/dates.js';
import { addDays, isFullDate, isValidDate, weekdayOf } from './calendar.js';
import type { DateRef } from './references.js';
import type { Direction } from './tense.js';

/** A month/day pair in the year that puts it on the right side of the anchor. */
function yearFor(month: number, day: number, anchor: PartialDate, dir: Direction): number {
  if (anchor.month === undefined) return anchor.year;
  const key = (m: number, d: number) => m * 100 + d;
  const here = key(anchor.month, anchor.day ?? (dir === 'past' ? 31 : 1));
  if (dir === 'past') return key(month, day) > here ? anchor.year - 1 : anchor.year;
  return key(month, day) < here ? anchor.year + 1 : anchor.year;
}

/** "last year" / "earlier this month": the anchor's year or month, shifted; a month needs a month anchor. */
function period(unit: 'year' | 'month', offset: number, anchor: PartialDate): PartialDate | undefined {
  if (unit === 'year') return { year: anchor.year + offset };
  if (anchor.month === undefined) return undefined;
  const m = anchor.year * 12 + anchor.month - 1 + offset;
  return { year: Math.floor(m / 12), month: (m % 12) + 1 };
}

/**
 * The date a reference names, read from the anchor (the article's own date) in the given direction.
 * Undefined when the text does not justify one: no day is guessed without a full-date anchor.
 */
export function resolveReference(
  ref: DateRef,
  anchor: PartialDate | undefined,
  dir: Direction,
): PartialDate | undefined {
  let out: PartialDate | undefined;
  if (ref.kind === 'date') out = ref.date;
  else if (ref.kind === 'year') out = { year: ref.year };
  else if (!anchor) return undefined;
  else if (ref.kind === 'monthDay')
    out = { year: yearFor(ref.month, ref.day, anchor, dir), month: ref.month, day: ref.day };
  else if (ref.kind === 'month')
    out = { year: yearFor(ref.month, dir === 'past' ? 1 : 31, anchor, dir), month: ref.month };
  else if (ref.kind === 'period') out = period(ref.unit, ref.offset, anchor);
  else if (!isFullDate(anchor)) return undefined;
  else if (ref.kind === 'dayOffset') out = addDays(anchor, ref.offset);
  else {
    // A bare weekday is within the week around the anchor: before it for past events, after for future.
    const ahead = (ref.weekday - weekdayOf(anchor) + 7) % 7;
    const past = ref.modifier === 'last' || (ref.modifier !== 'next' && dir === 'past');
    const same = ahead === 0 && !ref.modifier;
    out = addDays(anchor, same ? 0 : past ? ahead - 7 : ahead || 7);
  }
  return out && isValidDate(out) ? out : undefined;
}
