import type { PartialDate } from '../corpus/dates.js';
import { addDays } from './calendar.js';

const NUMBERS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
};
const COUNT = `(\\d{1,2}|${Object.keys(NUMBERS).join('|')})\\s+(days?|weeks?)`;
// "…on Monday, three days after his landmark encounter with Putin": the phrase right after a date.
const RELATIVE = new RegExp(`^[,\\s]{0,3}${COUNT}\\s+(after|before)\\s+([^,;.:"“”]+)`, 'i');
const DETERMINER = /^(?:his|her|their|its|the|a|an)\s+/i;

const days = (count: string, unit: string): number =>
  (NUMBERS[count.toLowerCase()] ?? Number(count)) * (/^week/i.test(unit) ? 7 : 1);

/** "N days ago" / "a week ago": an offset from the article's date. */
export const AGO = new RegExp(`\\b${COUNT}\\s+ago\\b`, 'gi');
export const agoOffset = (m: RegExpMatchArray): number => -days(m[1] ?? '', m[2] ?? '');

/**
 * An event dated relative to a date just stated: "on Monday, three days after his encounter with
 * Putin" dates the encounter three days before that Monday. Needs a full date and a phrase of at
 * least two words ("after launch" says too little to stand as an event).
 */
export function relativeEvent(
  sentence: string,
  dateEnd: number,
  date: PartialDate,
): { date: PartialDate; text: string } | undefined {
  const m = RELATIVE.exec(sentence.slice(dateEnd));
  if (!m || date.day === undefined) return undefined;
  const phrase = (m[4] ?? '').trim().replace(DETERMINER, '');
  if (phrase.split(/\s+/).length < 2) return undefined;
  const n = days(m[1] ?? '', m[2] ?? '');
  const text = phrase.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return { date: addDays(date, m[3]?.toLowerCase() === 'after' ? -n : n), text };
}
