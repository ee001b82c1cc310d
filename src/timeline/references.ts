import * as chrono from 'chrono-node';
import type { PartialDate } from '../corpus/dates.js';
import { AGO, agoOffset } from './relative.js';

/** One date expression in a sentence, before it is resolved against the article's date. */
export type DateRef = { start: number; end: number } & (
  | { kind: 'date'; date: PartialDate } // year stated: "August 18, 2025", "January 2025"
  | { kind: 'monthDay'; month: number; day: number } // "on August 20": the year comes from the anchor
  | { kind: 'month'; month: number } // "in January"
  | { kind: 'year'; year: number } // "in 1949", "since 2014"
  | { kind: 'weekday'; weekday: number; modifier?: 'last' | 'next' } // "on Wednesday", "Tuesday evening"
  | { kind: 'dayOffset'; offset: number } // "yesterday", "tomorrow", "three days ago"
  | { kind: 'period'; unit: 'year' | 'month'; offset: number } // "last year", "earlier this month"
);

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_WORD =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\b|\b\d{4}-\d{2}-\d{2}\b/;
// A bare year counts only after a word that makes it a date ("in 1949", "the 2014 annexation"):
// a number like "2025 troops" or "1,949" is not a year.
const YEAR =
  /\b(?:(?:in|since|by|until|till|from|during|throughout|before|after|of|around|between|early|late|mid|year)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?|(?:the|its|their|a)\s+(?=\d{4}\s+[a-z]))((?:1[6-9]|20)\d\d)\b(?![-–/.,]\d|\s*(?:%|percent))/gi;
const WEEKDAY = new RegExp(
  `\\b(?:(last|next)\\s+)?(${WEEKDAYS.join('|')})(?:['’]s)?(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
  'g',
);
// A bare month is a date only after a dating word ("in June"): "April Smith said" names a person.
const DATING_WORD =
  /\b(?:in|since|by|until|till|during|early|late|mid-?|last|next|this|of|from|through|throughout|before|after)\s+$/i;
// "Good Friday", "Super Tuesday": a capitalised word right before a weekday makes it a name.
const NAMED_DAY =
  /\b(?!(?:On|By|Since|Until|Till|Last|Next|This|Every|Early|Late|During|Before|After|From|Through|For|Of|And|But|Or|Then)\b)[A-Z][a-z]+\s+$/;
const DAY_OFFSET = /\b(yesterday|tomorrow)\b/gi;
const PERIOD = /\b(last|next|(?:earlier |later )?this)\s+(year|month)\b/gi;

const rangeYear = (month: number, endYear?: number, endMonth?: number | null): number | undefined =>
  endYear === undefined ? undefined : endMonth && month > endMonth ? endYear - 1 : endYear;

function chronoRefs(text: string): DateRef[] {
  if (!MONTH_WORD.test(text)) return []; // chrono is the costly step: skip sentences without a month
  const refs: DateRef[] = [];
  for (const r of chrono.parse(text)) {
    const c = r.start;
    const month = c.get('month');
    // Only calendar dates that name their month ("For six days" is a duration chrono dates from now).
    if (!c.isCertain('month') || month === null || !MONTH_WORD.test(r.text)) continue;
    const span = { start: r.index, end: r.index + r.text.length };
    const day = c.isCertain('day') ? (c.get('day') ?? undefined) : undefined;
    // "from July 16 to July 24, 1969": the range's end states the year for both ends.
    const endYear = r.end?.isCertain('year') ? (r.end.get('year') ?? undefined) : undefined;
    const year = c.isCertain('year')
      ? (c.get('year') ?? undefined)
      : rangeYear(month, endYear, r.end?.get('month'));
    if (year !== undefined) refs.push({ ...span, kind: 'date', date: { year, month, day } });
    else if (day !== undefined) refs.push({ ...span, kind: 'monthDay', month, day });
    else if (DATING_WORD.test(text.slice(0, r.index))) refs.push({ ...span, kind: 'month', month });
  }
  return refs;
}

/** Every date expression in a sentence, in text order, without overlaps. */
export function findReferences(text: string): DateRef[] {
  const refs = chronoRefs(text);
  const free = (start: number, end: number) => refs.every((r) => end <= r.start || start >= r.end);
  for (const m of text.matchAll(YEAR)) {
    const start = m.index + m[0].length - 4;
    if (free(start, start + 4)) refs.push({ start, end: start + 4, kind: 'year', year: Number(m[1]) });
  }
  for (const m of text.matchAll(WEEKDAY)) {
    const end = m.index + m[0].length;
    const modifier = m[1]?.toLowerCase() as 'last' | 'next' | undefined;
    const weekday = WEEKDAYS.indexOf(m[2] ?? '');
    const named = !modifier && m.index > 0 && NAMED_DAY.test(text.slice(Math.max(0, m.index - 20), m.index));
    if (!named && free(m.index, end)) refs.push({ start: m.index, end, kind: 'weekday', weekday, modifier });
  }
  for (const m of text.matchAll(AGO)) {
    const end = m.index + m[0].length;
    if (free(m.index, end)) refs.push({ start: m.index, end, kind: 'dayOffset', offset: agoOffset(m) });
  }
  for (const m of text.matchAll(DAY_OFFSET)) {
    const offset = m[1]?.toLowerCase() === 'yesterday' ? -1 : 1;
    if (free(m.index, m.index + m[0].length))
      refs.push({ start: m.index, end: m.index + m[0].length, kind: 'dayOffset', offset });
  }
  for (const m of text.matchAll(PERIOD)) {
    const end = m.index + m[0].length;
    const offset = /^last/i.test(m[1] ?? '') ? -1 : /^next/i.test(m[1] ?? '') ? 1 : 0;
    const unit = m[2]?.toLowerCase() === 'year' ? 'year' : 'month';
    if (free(m.index, end)) refs.push({ start: m.index, end, kind: 'period', unit, offset });
  }
  return refs.sort((a, b) => a.start - b.start);
}
