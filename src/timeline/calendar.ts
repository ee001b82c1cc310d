import type { PartialDate } from '../corpus/dates.js';

/** Day arithmetic in UTC, so a timezone never shifts a date. */
const toUtc = (d: PartialDate): Date => new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));

const fromUtc = (t: Date): PartialDate => ({
  year: t.getUTCFullYear(),
  month: t.getUTCMonth() + 1,
  day: t.getUTCDate(),
});

export function addDays(d: PartialDate, days: number): PartialDate {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export const weekdayOf = (d: PartialDate): number => toUtc(d).getUTCDay();

export const isFullDate = (d: PartialDate | undefined): d is Required<PartialDate> =>
  d?.month !== undefined && d.day !== undefined;

/** Days from a to b (both full dates). */
export const daysBetween = (a: PartialDate, b: PartialDate): number =>
  Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);

/** Is a real calendar date (rejects 2025-02-30). */
export function isValidDate(d: PartialDate): boolean {
  if (d.month === undefined) return true;
  if (d.month < 1 || d.month > 12) return false;
  if (d.day === undefined) return true;
  const t = toUtc(d);
  return t.getUTCMonth() + 1 === d.month && t.getUTCDate() === d.day;
}
