import { POS } from '../nlp/posCodes.js';
import type { Token } from '../nlp/tokenize.js';

/** A candidate answer: tokens [from, to) of one sentence. */
export interface Span {
  from: number;
  to: number;
}

/** A sentence ready for extraction: its clean text, tokens and their codes. */
export interface Prepared {
  clean: string;
  tokens: Token[];
  codes: string;
}

const UNIT = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)$/i;
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|dozen)$/i;
/** Units of size, distance, weight and speed: what "how tall/far/heavy" asks for. */

export const MEASURE_UNIT =
  /^(?:feet|foot|ft|meters?|metres?|m|km|kilometers?|kilometres?|miles?|inches?|cm|centimeters?|yards?|tons?|tonnes?|pounds?|lbs?|kg|kilograms?|knots?|mph|km\/h|stor(?:y|ies)|floors?|percent|per cent|%)$/i;
const DURATION_WORD = /^\d+(?:[.,]\d+)?-(?:year|month|week|day|hour|minute|decade)s?(?:-long)?$/i;

/** Maximal runs of tokens whose code is in `codes`, allowing `glue` codes inside a run. */
function runs(p: Prepared, codes: string, glue = ''): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < p.codes.length) {
    if (!codes.includes(p.codes[i] ?? '')) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < p.codes.length) {
      const c = p.codes[j] ?? '';
      if (codes.includes(c)) j++;
      else if (glue.includes(c) && codes.includes(p.codes[j + 1] ?? '') && !gap(p, j - 1, j)) j += 2;
      else break;
      if (gap(p, j - 2, j - 1)) break;
    }
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

/** Punctuation other than a space between tokens a and b separates two names. */
function gap(p: Prepared, a: number, b: number): boolean {
  const ta = p.tokens[a];
  const tb = p.tokens[b];
  if (!ta || !tb) return true;
  return /[^\s]/.test(p.clean.slice(ta.end, tb.start).replace(/['’]s\b/, ''));
}

/** People: person-coded runs, titles left out ("Admiral Giuseppe Cavo Dragone" → the name). */
export const persons = (p: Prepared): Span[] =>
  runs(p, POS.person).map((s) => {
    // "Abdel-Fattah el-Sisi", "Ursula von der Leyen": lower-case particles inside a name.
    let to = s.to;
    while (
      /^(?:el|al|ul|de|del|der|van|von|bin|ibn|da|di|du|le|la)(?:-\p{Lu}\p{L}*)?$/u.test(
        p.tokens[to]?.text ?? '',
      )
    ) {
      if (/-\p{Lu}/u.test(p.tokens[to]?.text ?? '')) to++;
      else if (
        /^\p{Lu}/u.test(p.tokens[to + 1]?.text ?? '') ||
        /^(?:der|la)$/.test(p.tokens[to + 1]?.text ?? '')
      )
        to++;
      else break;
      if (gap(p, to - 2, to - 1)) break;
    }
    while (to > s.to && /^\p{Lu}/u.test(p.tokens[to]?.text ?? '') && !gap(p, to - 1, to)) to++;
    return { from: s.from, to };
  });

export const places = (p: Prepared): Span[] => runs(p, POS.place);

export const orgs = (p: Prepared): Span[] => runs(p, POS.org + POS.proper);

/** Dates: runs of date words with their day and year numbers ("August 20, 2025", "Tuesday evening"). */
export function dates(p: Prepared): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < p.codes.length; i++) {
    // Clock times are not dates ("3:05 p.m." answers "at what time").
    if (p.codes[i] !== POS.date || /\d:\d/.test(p.tokens[i]?.text ?? '')) continue;

    let j = i + 1;
    while (
      j < p.codes.length &&
      (p.codes[j] === POS.date ||
        (p.codes[j] === POS.number && /^\d{1,4}(?:st|nd|rd|th)?$/.test(p.tokens[j]?.text ?? '')))
    )
      j++;
    out.push({ from: i, to: j });
    i = j - 1;
  }
  return out;
}

/** Numbers, with a following unit noun kept for context ("15 injuries" → span of "15"). */
export function numbers(p: Prepared): Span[] {
  const spans = runs(p, POS.number).filter(
    (s) => !/^\d{4}$/.test(p.tokens[s.from]?.text ?? '') || s.to - s.from > 1,
  );
  // "363-foot", "20,000-container": a number fused with its unit.
  p.tokens.forEach((t, i) => {
    if (/^\d[\d,.]*-\p{L}+$/u.test(t.text) && p.codes[i] !== POS.number) spans.push({ from: i, to: i + 1 });
  });
  // The tagger reads "Wednesday, 32 leaders" as a date: a bare count not after a month is a number.
  p.tokens.forEach((t, i) => {
    const afterMonth = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(
      p.tokens[i - 1]?.text ?? '',
    );
    const count = /^\d{1,3}$/.test(t.text) || NUMBER_WORD.test(t.text);
    if (p.codes[i] === POS.date && count && !afterMonth) spans.push({ from: i, to: i + 1 });
  });
  return spans;
}

/** Durations: "100-year", "10 years", "three days". */
export function durations(p: Prepared): Span[] {
  const out: Span[] = [];
  p.tokens.forEach((t, i) => {
    if (DURATION_WORD.test(t.text)) out.push({ from: i, to: i + 1 });
    else if (p.codes[i] === POS.number && UNIT.test(p.tokens[i + 1]?.text ?? '')) {
      // "21 and a half hours": the whole amount, not just "half".
      let from = i;
      while (
        from > 0 &&
        (p.codes[from - 1] === POS.number || /^(?:and|a)$/i.test(p.tokens[from - 1]?.text ?? ''))
      )
        from--;
      while (/^(?:and|a)$/i.test(p.tokens[from]?.text ?? '')) from++;
      out.push({ from, to: i + 2 });
    }
  });
  return out;
}

/** Runs of capitalised words (or numbers inside them), titles left out: names the tagger missed ("Fenix"). */
export function capitalRuns(p: Prepared): Span[] {
  const cap = (i: number): boolean =>
    /^\p{Lu}/u.test(p.tokens[i]?.text ?? '') &&
    p.codes[i] !== POS.title &&
    !/^[dpcr]$/.test(p.codes[i] ?? '');
  const out: Span[] = [];
  for (let i = 0; i < p.tokens.length; i++) {
    if (!cap(i)) continue;
    let j = i + 1;
    while (j < p.tokens.length && (cap(j) || /^\d+$/.test(p.tokens[j]?.text ?? '')) && !gap(p, j - 1, j)) j++;
    out.push({ from: i, to: j });
    i = j - 1;
  }
  return out;
}

/**
 * A place with the noun phrase it belongs to, when that phrase follows the verb: "taken to the
 * regional hospital in Copiapo" → "the regional hospital in Copiapo", not just "Copiapo".
 */
export function placePhrase(p: Prepared, s: Span, anchor: number | undefined): Span {
  if (
    anchor === undefined ||
    s.from < 2 ||
    !/^(?:in|at|near|outside|of)$/i.test(p.tokens[s.from - 1]?.text ?? '')
  )
    return s;
  let from = s.from - 1;
  while (from > anchor + 1 && /^[njd]$/.test(p.codes[from - 1] ?? '') && !gap(p, from - 1, from)) from--;
  const noun = from < s.from - 1 && p.codes[s.from - 2] === POS.noun;
  return noun && from > anchor && from <= anchor + 3 ? { from, to: s.to } : s;
}

/** Frequencies: "every 48 hours", "twice a day", "three times a week", "daily". */
export function frequencies(p: Prepared): Span[] {
  const out: Span[] = [];
  const unit = (i: number): boolean => UNIT.test(p.tokens[i]?.text ?? '');
  p.tokens.forEach((t, i) => {
    const w = t.text.toLowerCase();
    if (w === 'every') {
      const n = p.codes[i + 1] === POS.number ? 1 : 0;
      if (unit(i + 1 + n)) out.push({ from: i, to: i + 2 + n });
    } else if (
      /^(?:once|twice|times)$/.test(w) &&
      /^(?:a|an|per|each)$/i.test(p.tokens[i + 1]?.text ?? '') &&
      unit(i + 2)
    ) {
      out.push({ from: w === 'times' && p.codes[i - 1] === POS.number ? i - 1 : i, to: i + 3 });
    } else if (/^(?:hourly|daily|weekly|monthly|yearly|annually)$/.test(w)) out.push({ from: i, to: i + 1 });
  });
  return out;
}

/** Clock times: "9:55 p.m.", "3:05". */
export function times(p: Prepared): Span[] {
  const out: Span[] = [];
  p.tokens.forEach((t, i) => {
    if (!/^\d{1,2}:\d{2}$/.test(t.text)) return;
    const ampm = /^[ap]\.m\.?$/i.test(p.tokens[i + 1]?.text ?? '');
    out.push({ from: i, to: ampm ? i + 2 : i + 1 });
  });
  return out;
}

/** The agent of a passive verb at `v`: "built by the Chilean navy" → "the Chilean navy". */
export function agentAfter(p: Prepared, v: number): Span | undefined {
  if (!/^by$/i.test(p.tokens[v + 1]?.text ?? '')) return undefined;
  // The noun phrase after "by"; a participle before a noun modifies it ("a flooded caisson").
  const inPhrase = (i: number): boolean =>
    /^[djnNPLOHC]$/.test(p.codes[i] ?? '') ||
    (p.codes[i] === POS.verb && /^[nNPLO]$/.test(p.codes[i + 1] ?? ''));
  let to = v + 2;
  while (to < p.tokens.length && inPhrase(to) && !gap(p, to - 1, to) && to - v < 8) to++;
  // A phrase of articles alone ("by a") is no agent.
  const words = p.codes.slice(v + 2, to).replace(/d/g, '');
  return words.length > 0 ? { from: v + 2, to } : undefined;
}

/** Whether a number span carries a unit of measure
 ("363-foot", "193 km", "13 miles"). */
export function hasUnit(p: Prepared, s: Span): boolean {
  const last = p.tokens[s.to - 1]?.text ?? '';
  const unit = /-(\p{L}+)$/u.exec(last)?.[1];
  return MEASURE_UNIT.test(unit ?? '') || MEASURE_UNIT.test(p.tokens[s.to]?.text ?? '');
}

/**
 * Proper names standing right by a noun: "a Saturn V rocket", "the command module Columbia",
 * "the capsule, named Fenix". `isHead` says which tokens are the noun.
 */
export function namesBy(p: Prepared, isHead: (i: number) => boolean): Span[] {
  const cap = (i: number): boolean =>
    /^(?:\p{Lu}|\d)/u.test(p.tokens[i]?.text ?? '') && p.codes[i] !== POS.title;
  const out: Span[] = [];
  const runFrom = (i: number, step: 1 | -1): Span | undefined => {
    let j = i;
    // A name stops at punctuation: "SAN JOSE MINE, Chile – Chile erupted" holds two names, not one.
    while (cap(j) && !isHead(j) && (j === i || !gap(p, Math.min(j, j - step), Math.max(j, j - step))))
      j += step;
    const span = step === 1 ? { from: i, to: j } : { from: j + 1, to: i + 1 };
    // "30 countries" is a count, not a name: a name needs a capitalised word ("Apollo 11", "Saturn V").
    const named = p.tokens.slice(span.from, span.to).some((t) => /^\p{Lu}/u.test(t.text));
    return j !== i && named ? span : undefined;
  };
  for (let h = 0; h < p.tokens.length; h++) {
    if (!isHead(h)) continue;
    const before = h > 1 ? runFrom(h - 1, -1) : undefined;
    if (before) out.push(before);
    // "tugs, the Dutch-flagged Alp Guard": an appositive may open with an article.
    const after = runFrom(/^(?:the|a|an)$/i.test(p.tokens[h + 1]?.text ?? '') ? h + 2 : h + 1, 1);

    if (after) out.push(after);
    const named = p.tokens.slice(h + 1, h + 4).findIndex((t) => /^(?:named|called|dubbed)$/i.test(t.text));
    if (named >= 0) {
      const span = runFrom(h + 2 + named, 1);
      if (span) out.push(span);
    }
  }
  return out;
}

/** Quoted passages, as token spans inside the quote marks. */
export function quotes(p: Prepared): Span[] {
  const out: Span[] = [];
  for (const m of p.clean.matchAll(/"([^"]{3,})"/g)) {
    const start = (m.index ?? 0) + 1;
    const end = start + (m[1]?.length ?? 0);
    const from = p.tokens.findIndex((t) => t.start >= start);
    let to = from;
    while (to < p.tokens.length && (p.tokens[to]?.end ?? Infinity) <= end) to++;
    if (from >= 0 && to > from) out.push({ from, to });
  }
  return out;
}

/** The exact text of a span, trailing punctuation and possessives off. */
export function spanText(p: Prepared, s: Span): string {
  const a = p.tokens[s.from];
  const b = p.tokens[s.to - 1];
  if (!a || !b) return '';
  return p.clean
    .slice(a.start, b.end)
    .replace(/['’]s$/, '')
    .replace(/[\s,;:.]+$/, '');
}
