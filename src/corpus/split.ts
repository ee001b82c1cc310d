/** A sentence as a span of its block: `text` is block.slice(start, end), verbatim. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Words that end with a period without ending the sentence. Lower-case, without the period. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen adm lt col maj capt cmdr sgt cpl pvt gov sen rep rev hon pres supt insp ' +
    'no nos vol vols pp fig figs approx est dept univ assn bros inc ltd co corp plc llc vs etc al cf ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'a.m p.m e.g i.e u.s u.k u.n e.u d.c n.y l.a ph.d'
  ).split(' '),
);

/** After a dotted abbreviation (U.S.), these words most likely start a new sentence. */
const SENTENCE_STARTERS = new Set(
  'the a an he she it they we i you this that these those but and however meanwhile in on at after before his her their its there then yet still'.split(
    ' ',
  ),
);

const OPEN_QUOTES = new Set(['“', '«']);
const CLOSE_QUOTES = new Set(['”', '»']);
const CLOSERS = /["'”’»)\]]/;

/** The word right before position i (letters, digits and inner periods), lower-cased. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}\p{N}.]/u.test(text[j - 1] ?? '')) j--;
  return text.slice(j, i).toLowerCase();
}

function nextWord(text: string, i: number): string {
  const m = /^[\s"“'‘(]*([\p{L}\p{N}]+)/u.exec(text.slice(i, i + 40));
  return m?.[1] ?? '';
}

/** Whether the terminator at `i` (a period) belongs to an abbreviation or an initial. */
function isAbbreviation(text: string, i: number, following: string): boolean {
  const word = wordBefore(text, i);
  if (!word) return false;
  if (/^\d+$/.test(word)) return false;
  if (/^\p{L}$/u.test(word)) return !SENTENCE_STARTERS.has(following.toLowerCase()); // initial: "Alexus G. Grynkewich"
  if (word.includes('.')) return !SENTENCE_STARTERS.has(following.toLowerCase()); // U.S., D.C., p.m.
  return ABBREVIATIONS.has(word);
}

/**
 * Splits one block of text into sentences. Handles abbreviations and initials (U.S., Gen.,
 * p.m., No., Jr.), quotations that contain full stops, and a missing space after a full stop
 * ("Putin.These"). Every returned span is an exact slice of the input.
 */
export function splitSentences(block: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let quoteDepth = 0;
  let straightOpen = false;
  const push = (end: number): void => {
    const raw = block.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) spans.push({ start: start + lead, end: start + lead + text.length, text });
    start = end;
  };
  for (let i = 0; i < block.length; i++) {
    const ch = block[i] ?? '';
    if (OPEN_QUOTES.has(ch)) quoteDepth++;
    else if (CLOSE_QUOTES.has(ch)) quoteDepth = Math.max(0, quoteDepth - 1);
    else if (ch === '"') straightOpen = !straightOpen;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < block.length && /[.!?]/.test(block[end] ?? '')) end++;
    while (end < block.length && CLOSERS.test(block[end] ?? '')) {
      const c = block[end] ?? '';
      if (CLOSE_QUOTES.has(c)) quoteDepth = Math.max(0, quoteDepth - 1);
      else if (c === '"') straightOpen = false;
      end++;
    }
    const after = block.slice(end);
    const following = nextWord(block, end);
    const spaced = /^\s/.test(after);
    // "Putin.These": a glued full stop ends a sentence only between a lower-case word and a capital.
    const glued =
      !spaced && ch === '.' && /^\p{Lu}\p{Ll}/u.test(after) && /\p{Ll}{2}$/u.test(block.slice(0, i));
    if (!spaced && !glued && after.length > 0) continue;
    if (after.trim() && !/^\s*["“'‘([]?[\p{Lu}\p{N}#@]/u.test(after)) continue;
    if (ch === '.' && isAbbreviation(block, i, following)) continue;
    // Inside an open quotation the sentence goes on until the quote closes.
    if ((quoteDepth > 0 || straightOpen) && end < block.length) continue;
    push(end);
    i = end - 1;
  }
  push(block.length);
  return spans;
}
