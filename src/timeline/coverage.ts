import type { PartialDate } from '../corpus/dates.js';
import { parseIsoDate, pastFloor } from './anchor.js';
import { addDays, weekdayOf } from './calendar.js';
import { mentionText } from './events.js';
import type { Mention } from './mention.js';
import type { DatedEvent } from './merge.js';
import { similarity } from './similarity.js';
import { keyTerms } from './terms.js';

/** Stricter than merging, as this match dates a whole article; the weekday must agree too. */
export const COVERAGE_THRESHOLD = 0.3;

/**
 * An anchor for an article that states no date of its own, from the coverage: when it reports on a
 * weekday an event that dated articles report on a day with that weekday ("held a virtual meeting on
 * Wednesday" ↔ 2025-08-20), it was written that day (past tense) or the day before (future tense).
 * No such match: no anchor, so no day is guessed.
 */
export function coverageAnchor(
  mentions: Mention[],
  dated: DatedEvent[],
  weight: (term: string) => number,
): PartialDate | undefined {
  // The article is no older than the dates it reports as past ("throughout August 2025").
  const floor = pastFloor(mentions);
  const days = new Map<string, PartialDate | undefined>();
  const day = (s: string) => (days.has(s) ? days.get(s) : days.set(s, parseIsoDate(s)).get(s));
  let best: { date: PartialDate; future: boolean; s: number } | undefined;
  for (const m of mentions) {
    if (m.ref.kind !== 'weekday' || m.ref.modifier) continue;
    const terms = keyTerms(mentionText(m));
    for (const e of dated) {
      const date = day(e.date);
      if (date?.day === undefined || weekdayOf(date) !== m.ref.weekday) continue;
      if (e.date.slice(0, floor.length) < floor) continue;
      const s = similarity(terms, e.terms, weight);
      if (s >= COVERAGE_THRESHOLD && s > (best?.s ?? 0)) best = { date, future: m.direction === 'future', s };
    }
  }
  return best && (best.future ? addDays(best.date, -1) : best.date);
}
