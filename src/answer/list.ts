import type { Merged } from './merge.js';

const JOINER = /^(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)$/;

/**
 * Widens an answer to the coordinated list it stands in, in the sentence's own words:
 * "Japan" in "Japan and Australia" → "Japan and Australia".
 */
export function expandList(best: Merged): string {
  const c = best.candidates[0];
  if (!c) return best.text;
  const { p } = c.evidence;
  const code = p.codes[c.span.from] ?? '';
  let { from, to } = c.span;
  const joined = (a: number, b: number): boolean => {
    const ta = p.tokens[a];
    const tb = p.tokens[b];
    return !!ta && !!tb && JOINER.test(p.clean.slice(ta.end, tb.start));
  };
  let moved = true;
  while (moved) {
    moved = false;
    if (to < p.tokens.length && p.codes[to] === code && joined(to - 1, to)) {
      while (to < p.tokens.length && p.codes[to] === code) to++;
      moved = true;
    }
    if (from > 0 && p.codes[from - 1] === code && joined(from - 1, from)) {
      while (from > 0 && p.codes[from - 1] === code) from--;
      moved = true;
    }
  }
  if (from === c.span.from && to === c.span.to) return best.text;
  const a = p.tokens[from];
  const b = p.tokens[to - 1];
  return a && b ? p.clean.slice(a.start, b.end) : best.text;
}
