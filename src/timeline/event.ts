/** The longest event text an entry shows: a clause, not a paragraph. */
export const MAX_EVENT_CHARS = 200;

// "BRUSSELS: " / "LONDON – " datelines and "[[1]]" reference marks are not part of the event.
const DATELINE = /^[A-Z][A-Z .,'-]{2,}\s*(?::|[–—-])\s+/;
const REF_MARK = /\s*\[\[?\d+\]?\]/g;
const CUT = /[,;:](?=\s)|\s(?=[–—]\s)/g;

/**
 * The clause around a date mention at [start, end) of a sentence: the whole sentence when short,
 * else the comma/semicolon pieces nearest the mention, cut at a word boundary if still too long.
 */
export function eventText(sentence: string, start: number, end: number, max = MAX_EVENT_CHARS): string {
  // A table row "August 18, 2025 Trump meets …": the date is the row's key, not event text.
  const lead = start === 0 && /^\s+[A-Z]/.test(sentence.slice(end)) ? end : 0;
  const cuts = [lead];
  for (const m of sentence.slice(lead).matchAll(CUT)) cuts.push(lead + m.index + m[0].length);
  cuts.push(sentence.length);
  let i = Math.max(0, cuts.findIndex((c, k) => k > 0 && c > start) - 1);
  let j = i + 1;
  // Grow by whole pieces, the shorter side first, while the text stays within the limit.
  while (true) {
    const left = i > 0 ? (cuts[j] ?? 0) - (cuts[i - 1] ?? 0) : Infinity;
    const right = j < cuts.length - 1 ? (cuts[j + 1] ?? 0) - (cuts[i] ?? 0) : Infinity;
    if (Math.min(left, right) > max) break;
    if (right <= left) j++;
    else i--;
  }
  let text = sentence.slice(cuts[i], cuts[j]).replace(REF_MARK, '').trim().replace(DATELINE, '');
  if (text.length > max) text = `${text.slice(0, text.lastIndexOf(' ', max - 1))}…`;
  return text.replace(/[,;:]$/, '').replace(/^[a-z]/, (c) => c.toUpperCase());
}
