/** The longest event text an entry shows: a clause, not a paragraph. */
export const MAX_EVENT_CHARS = 200;

// "BRUSSELS: " / "LONDON – " datelines and "[[1]]" reference marks are not part of the event.
export const DATELINE = /^\**[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w .]*)?(?:\s*\([^)]*\))?\**\s*(?::|[–—-])\s+/;
// Discourse links ("However,", "Earlier,") tie a sentence to its neighbours, not to the event.
const CONNECTIVE = /^(?:but|and|however|meanwhile|earlier|later|also|still|yet|separately|in addition),?\s+/i;
const REF_MARK = /\s*\[\[?\d+\]?\]/g;
const CUT = /[,;:](?=\s)|\s(?=[–—]\s)/g;
const ATTRIBUTION = /\b(?:said|says|told|announced|confirmed|reported|according)\b/;

/** Is `at` within a quotation (odd number of straight quotes, or an unclosed curly one, before it)? */
const insideQuote = (s: string, at: number): boolean => {
  const before = s.slice(0, at);
  const count = (re: RegExp) => before.match(re)?.length ?? 0;
  return count(/"/g) % 2 === 1 || count(/“/g) > count(/”/g);
};

/**
 * The clause around a date mention at [start, end) of a sentence: the whole sentence when short,
 * else the comma/semicolon pieces nearest the mention, cut at a word boundary if still too long.
 */
export function eventText(
  sentence: string,
  start: number,
  end: number,
  others: { start: number; end: number }[] = [],
  max = MAX_EVENT_CHARS,
): string {
  // A table row "August 18, 2025 Trump meets …": the date is the row's key, not event text.
  const row = start === 0 && /^\s+[A-Z]/.test(sentence.slice(end)) ? end : 0;
  const lead = Math.max(row, DATELINE.exec(sentence)?.[0].length ?? 0);
  const cuts = [lead];
  for (const m of sentence.slice(lead).matchAll(CUT)) {
    const at = lead + m.index + m[0].length;
    if (!insideQuote(sentence, at)) cuts.push(at); // "great, candid discussion" is one piece
  }
  cuts.push(sentence.length);
  let i = Math.max(0, cuts.findIndex((c, k) => k > 0 && c > start) - 1);
  let j = i + 1;
  // "…, an official said on Wednesday": the event is what was said, before the attribution.
  if (i > 0 && (cuts[j] ?? 0) - (cuts[i] ?? 0) < 80 && ATTRIBUTION.test(sentence.slice(cuts[i], cuts[j])))
    j = i--;
  // Pieces holding another date belong to that date's event.
  const taken = (k: number) => others.some((o) => o.start < (cuts[k + 1] ?? 0) && o.end > (cuts[k] ?? 0));
  // Grow by whole pieces, leftwards first (the main clause precedes "…, an official said"), within the limit.
  while (true) {
    const left = i > 0 && !taken(i - 1) ? (cuts[j] ?? 0) - (cuts[i - 1] ?? 0) : Infinity;
    const right = j < cuts.length - 1 && !taken(j) ? (cuts[j + 1] ?? 0) - (cuts[i] ?? 0) : Infinity;
    if (Math.min(left, right) > max) break;
    if (left <= max) i--;
    else j++;
  }
  let text = sentence
    .slice(cuts[i], cuts[j])
    .replace(REF_MARK, '')
    .trim()
    .replace(DATELINE, '')
    .replace(CONNECTIVE, '');
  if (text.length > max) text = `${text.slice(0, text.lastIndexOf(' ', max - 1))}…`;
  return text.replace(/[,;:]$/, '').replace(/^[a-z]/, (c) => c.toUpperCase());
}
