/** A word or number of a sentence with its place in the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner apostrophes, hyphens and dots (U.S., 100-year, O'Neill); numbers keep their
// thousands separators (27,000). Clock times and race times ("9:55", "2:00:25") stay one token.
const WORD = /\d{1,2}:\d{2}(?::\d{2})?|[\p{L}\p{N}]+(?:[.'’\-‐][\p{L}\p{N}]+|(?<=\d),\d{3}(?!\d))*\.?/gu;

/** Splits text into word tokens. A trailing period stays only on dotted abbreviations (U.S.). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let t = m[0];
    if (t.endsWith('.') && !/\p{L}\.\p{L}/u.test(t) && !/^\p{L}\.$/u.test(t)) t = t.slice(0, -1);
    const start = m.index ?? 0;
    out.push({ text: t, start, end: start + t.length });
  }
  return out;
}

/** Lower-cased, accents and dots folded: the form used to compare words. */
export const fold = (w: string): string =>
  w
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.’']/g, '');
