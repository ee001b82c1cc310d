import { POS } from '../nlp/posCodes.js';
import { fold } from '../nlp/tokenize.js';
import type { Prepared, Span } from './spans.js';

export const MAX_ANSWER_WORDS = 12;
const STOP_AT = /^(?:but|while|which|who|whereas|although|though|because|after|before|when|so)$/i;
const LEAD_OFF = /^(?:that|to|of|on|about|for|with|into|as|the possibility of)$/i;
const PARTICLES = /^(?:out|up|off|down|over|back|in|on)$/i;

/** Whether the text between two tokens holds a clause break (comma, semicolon, dash, colon). */
const breakBetween = (p: Prepared, a: number, b: number): boolean => {
  const ta = p.tokens[a];
  const tb = p.tokens[b];
  return !!ta && !!tb && /[,;:–—]|\s-\s/.test(p.clean.slice(ta.end, tb.start));
};

/** Shortens a long clause: a copula's complement says what was claimed ("… is a utopia, a road to nowhere"). */
export function shorten(p: Prepared, s: Span): Span {
  if (s.to - s.from <= MAX_ANSWER_WORDS) return s;
  for (let i = s.from + 2; i < s.to - 1; i++) {
    if (
      p.codes[i] === POS.aux &&
      /^(?:is|are|was|were)$/i.test(p.tokens[i]?.text ?? '') &&
      s.to - i - 1 <= MAX_ANSWER_WORDS
    )
      return { from: i + 1, to: s.to };
  }
  let to = s.from + MAX_ANSWER_WORDS;
  for (let i = to - 1; i > s.from + 3; i--) if (breakBetween(p, i, i + 1)) return { from: s.from, to: i + 1 };
  to = Math.min(to, s.to);
  return { from: s.from, to };
}

/** What follows the verb at `v`: its object or complement, up to the clause's end. */
export function objectAfter(p: Prepared, v: number, skip: ReadonlySet<string>): Span | undefined {
  let from = v + 1;
  while (
    from < p.tokens.length &&
    (PARTICLES.test(p.tokens[from]?.text ?? '') || skip.has(fold(p.tokens[from]?.text ?? '')))
  )
    from++;
  while (from < p.tokens.length && LEAD_OFF.test(p.tokens[from]?.text ?? '')) from++;
  let to = from;
  while (to < p.tokens.length) {
    if (to > from && breakBetween(p, to - 1, to) && to - from >= 3) break;
    if (to > from + 1 && STOP_AT.test(p.tokens[to]?.text ?? '')) break;
    to++;
  }
  return to > from ? shorten(p, { from, to }) : undefined;
}

/** Whether the verb at `v` is passive ("would be examined", "was refloated"). */
export const isPassive = (p: Prepared, v: number): boolean =>
  /^(?:be|been|being|is|are|was|were)$/i.test(p.tokens[v - 1]?.text ?? '');

/** The words before the verb in its clause, auxiliaries left out: the verb's subject. */
export function subjectOf(p: Prepared, v: number): Span | undefined {
  let from = v;
  while (from > 0 && !breakBetween(p, from - 1, from) && p.codes[from - 1] !== POS.conjunction) from--;
  let to = v;
  while (to > from && p.codes[to - 1] === POS.aux) to--;
  if (to > from) return shorten(p, { from, to });
  // "a second collapse blocked that route and forced them": coordinated verbs share the subject.
  if (/^(?:and|or)$/i.test(p.tokens[v - 1]?.text ?? '')) {
    for (let u = v - 2; u > 0; u--) if (p.codes[u] === POS.verb) return subjectOf(p, u);
  }
  return undefined;
}

/** The reason given: what follows "because", "due to", "since", "in order to" or "amid". */
export function reasonIn(p: Prepared, anchor?: number): Span | undefined {
  const text = p.tokens.map((t) => t.text.toLowerCase());
  for (let i = 0; i < text.length; i++) {
    const two = `${text[i]} ${text[i + 1] ?? ''}`;
    const at = /^(?:because|since|amid|owing)$/.test(text[i] ?? '')
      ? i
      : /^(?:due to|in order|so that)$/.test(two)
        ? i + 1
        : -1;
    if (at >= 0) return objectAfter(p, at, new Set(['to', 'of']));
  }
  // A purpose: "wore dark glasses to protect their eyes".
  const to = p.tokens.findIndex(
    (t, i) => /^to$/i.test(t.text) && p.codes[i + 1] === POS.verb && i > (anchor ?? -1),
  );
  return to >= 0 ? objectAfter(p, to - 1, new Set()) : undefined;
}
