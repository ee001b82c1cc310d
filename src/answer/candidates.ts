import { POS } from '../nlp/posCodes.js';
import { wordId } from './features/vector.js';
import type { SentenceView } from './view.js';

/** A span of a sentence's tokens, [from, to). */
export interface Span {
  from: number;
  to: number;
}

/** The longest answer span considered, in tokens. */
export const MAX_SPAN = 10;

// An answer starts with a content word, a determiner or a number, never with a preposition,
// conjunction, auxiliary, negation or pronoun, and ends with a noun, name, number or adjective.
const CANNOT_START = new Set<string>([POS.preposition, POS.conjunction, POS.aux, POS.negation, POS.pronoun]);
const CAN_END = new Set<string>([
  POS.person,
  POS.title,
  POS.place,
  POS.org,
  POS.proper,
  POS.date,
  POS.number,
  POS.ordinal,
  POS.money,
  POS.percent,
  POS.noun,
  POS.plural,
  POS.adjective,
  POS.gerund,
  POS.verb,
  POS.past,
  POS.other,
]);

/** A candidate span with its code pattern, which no question changes. */
export interface SpanShape extends Span {
  /** Hash of the span's codes with runs collapsed, at most four ("dnPPP" → "dnP"). */
  pattern: number;
}

function pattern(codes: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to && out.length < 4; i++) {
    const c = codes[i] ?? '';
    if (c !== out[out.length - 1]) out += c;
  }
  return out;
}

/** Per character: brackets opened minus closed, and quotes seen, before it. */
function bracketCounts(text: string): { depth: Int32Array; quotes: Int32Array } {
  const depth = new Int32Array(text.length + 1);
  const quotes = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    depth[i + 1] = (depth[i] ?? 0) + (ch === '(' || ch === '[' ? 1 : ch === ')' || ch === ']' ? -1 : 0);
    quotes[i + 1] = (quotes[i] ?? 0) + (ch === '"' ? 1 : 0);
  }
  return { depth, quotes };
}

/** A conjunction never bounds an answer, even where the tagger reads it as part of a number ("21 and a half"). */
const CONJUNCTION = /^(?:and|or|nor|but|&)$/i;

const cache = new WeakMap<SentenceView, SpanShape[]>();

/** A leading dateline: words in capitals, perhaps ", Place", then a dash or colon ("SAN JOSE MINE, Chile – …"). */
const DATELINE =
  /^\s*(?:\p{Lu}[\p{Lu}\d.'’-]+\s+)*\p{Lu}[\p{Lu}\d.'’-]+(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?\s*(?:[–—:]|\s-\s)/u;

/** The first token after a dateline, which says where the story was filed, never what it reports; 0 if none. */
function datelineEnd(v: SentenceView): number {
  const m = DATELINE.exec(v.sentence.clean);
  if (!m) return 0;
  const end = m[0].length;
  const i = v.tokens.findIndex((t) => t.start >= end);
  return i < 0 ? v.tokens.length : i;
}

/**
 * Every span of a sentence that could be an answer, in order of position and length: it
 * starts and ends on words that can bound an answer, cuts no bracket or quote, and never
 * starts or ends inside a run of capitalised words of one entity code ("Giuseppe Cavo Dragone"),
 * though it may leave out a title or nationality before it ("Italian Admiral | Giuseppe…"). Memoised per sentence.
 */
export function spansOf(v: SentenceView): SpanShape[] {
  const hit = cache.get(v);
  if (hit) return hit;
  const out: SpanShape[] = [];
  const n = v.tokens.length;
  const text = v.sentence.clean;
  const { depth, quotes } = bracketCounts(text);
  // joined[i]: token i and i+1 are capitalised words of the same code with only a space between.
  const joined = new Uint8Array(n);
  const conjunction = Uint8Array.from(v.tokens, (t) => (CONJUNCTION.test(t.text) ? 1 : 0));
  for (let i = 1; i + 1 < n; i++) {
    const a = v.tokens[i];
    const b = v.tokens[i + 1];
    joined[i] =
      a &&
      b &&
      v.codes[i] === v.codes[i + 1] &&
      /^\p{Lu}/u.test(a.text) &&
      /^\p{Lu}/u.test(b.text) &&
      /^ +$/.test(text.slice(a.end, b.start))
        ? 1
        : 0;
  }
  for (let from = datelineEnd(v); from < n; from++) {
    if (CANNOT_START.has(v.codes[from] ?? '') || conjunction[from]) continue;
    if (from > 0 && joined[from - 1]) continue;
    const start = v.tokens[from]?.start ?? 0;
    for (let to = from + 1; to <= Math.min(n, from + MAX_SPAN); to++) {
      if (!CAN_END.has(v.codes[to - 1] ?? '') || conjunction[to - 1]) continue;
      if (to < n && joined[to - 1]) continue;
      const end = v.tokens[to - 1]?.end ?? start;
      if ((depth[end] ?? 0) !== (depth[start] ?? 0) || ((quotes[end] ?? 0) - (quotes[start] ?? 0)) % 2 !== 0)
        continue;
      out.push({ from, to, pattern: wordId(pattern(v.codes, from, to)) });
    }
  }
  cache.set(v, out);
  return out;
}

/** Codes after which a span's final "'s" marks a possessor ("Cameron's government"), not a name ("Standard & Poor's said"). */
const POSSESSED = new Set<string>([...CAN_END].filter((c) => c !== POS.verb && c !== POS.past));

const CURRENCY = /^[$£€¥₹]$/u;

/** The exact text of a span in the sentence's repaired text, trailing punctuation and a possessive off. */
export function spanText(v: SentenceView, s: Span): string {
  const a = v.tokens[s.from];
  const b = v.tokens[s.to - 1];
  if (!a || !b) return '';
  // A currency sign just before the first token belongs to the amount ("$820 million").
  const from = a.start > 0 && CURRENCY.test(v.sentence.clean[a.start - 1] ?? '') ? a.start - 1 : a.start;
  const text = v.sentence.clean.slice(from, b.end).replace(/[\s,;:.]+$/, '');
  const next = v.codes[s.to];
  return next !== undefined && POSSESSED.has(next) ? text.replace(/['’]s$/, '') : text;
}
