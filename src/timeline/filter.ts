import { formatDate, parseStatedDate } from '../corpus/dates.js';
import { parseIsoDate } from './anchor.js';
import { isValidDate } from './calendar.js';
import { keyTerms } from './terms.js';
import type { TimelineEntry, TimelineOptions } from './types.js';

/** A --from/--to bound as YYYY, YYYY-MM or YYYY-MM-DD ("2025-08", "August 18, 2025"); undefined if not a date. */
export function parseDateBound(s: string): string | undefined {
  const d = parseIsoDate(s.trim()) ?? parseStatedDate(s);
  return d && isValidDate(d) ? formatDate(d) : undefined;
}

// Compared at the coarser of the two precisions: "2025-08" lies within a bound of "2025-08-18".
const cmp = (date: string, bound: string): number => {
  const n = Math.min(date.length, bound.length);
  return date.slice(0, n).localeCompare(bound.slice(0, n));
};

const matches = (term: string, terms: string[]) =>
  terms.some(
    (t) => t === term || (term.length >= 4 && t.length >= 4 && (t.startsWith(term) || term.startsWith(t))),
  );

/**
 * Entries about every topic word (in the event text or a cited sentence) within [from, to].
 * Throws RangeError on a bound that is not a date: callers turn that into their usage error.
 */
export function filterTimeline(entries: TimelineEntry[], opts: TimelineOptions = {}): TimelineEntry[] {
  const bound = (s: string | undefined) => {
    if (s === undefined || s.trim() === '') return undefined;
    const b = parseDateBound(s);
    if (!b) throw new RangeError(`not a date: ${s}`);
    return b;
  };
  const from = bound(opts.from);
  const to = bound(opts.to);
  const topic = keyTerms(opts.topic ?? '');
  return entries.filter((e) => {
    if ((from && cmp(e.date, from) < 0) || (to && cmp(e.date, to) > 0)) return false;
    if (topic.length === 0) return true;
    const terms = keyTerms([e.text, ...e.citations.map((c) => c.sentence)].join(' '));
    return topic.every((t) => matches(t, terms));
  });
}
