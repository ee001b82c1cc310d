import * as chrono from 'chrono-node';

/** A calendar date at the precision the text states it. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** YYYY, YYYY-MM or YYYY-MM-DD, following the precision of the date. */
export function formatDate(d: PartialDate): string {
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/**
 * Parses a stated date ("August 21st, 2025", "2025-08-21", "July 25, 1969") without a
 * reference date: a date that needs one to be complete (no year) is not a stated date.
 */
export function parseStatedDate(text: string): PartialDate | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const found = chrono.parse(text)[0];
  if (!found) return undefined;
  const c = found.start;
  if (!c.isCertain('year')) return undefined;
  const year = c.get('year');
  if (year === null) return undefined;
  const month = c.isCertain('month') ? (c.get('month') ?? undefined) : undefined;
  const day = month !== undefined && c.isCertain('day') ? (c.get('day') ?? undefined) : undefined;
  return { year, month, day };
}
