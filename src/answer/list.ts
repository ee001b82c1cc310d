import type { Merged } from './merge.js';
import type { Prepared } from './spans.js';

const CONJUNCTION = /^(?:and|or)$/i;

/**
 * The token index where the next list item starts after `to` (exclusive end of an item):
 * "Japan, Australia", "Japan and Australia", "Japan, and the Australia…". -1 when no list goes on.
 */
function nextItem(p: Prepared, to: number): number {
  const between = (a: number, b: number): string =>
    p.clean.slice(p.tokens[a]?.end ?? 0, p.tokens[b]?.start ?? 0);
  let j = to;
  if (j >= p.tokens.length) return -1;
  if (CONJUNCTION.test(p.tokens[j]?.text ?? '')) {
    if (!/^\s*,?\s*$/.test(between(to - 1, j))) return -1;
    j++;
  } else if (!/^\s*,\s*$/.test(between(to - 1, j))) return -1;
  if (/^the$/i.test(p.tokens[j]?.text ?? '')) j++;
  return j < p.tokens.length ? j : -1;
}

/**
 * Widens an answer to the coordinated list it stands in, in the sentence's own words:
 * "Japan" in "Japan and Australia" → "Japan and Australia". Items must be of the same kind
 * (same code, or both capitalised names).
 */
export function expandList(best: Merged): string {
  const c = best.candidates[0];
  if (!c) return best.text;
  const { p } = c.evidence;
  const code = p.codes[c.span.from] ?? '';
  const capital = /^\p{Lu}/u.test(p.tokens[c.span.from]?.text ?? '');
  const same = (i: number): boolean =>
    p.codes[i] === code || (capital && /^\p{Lu}/u.test(p.tokens[i]?.text ?? '') && p.codes[i] !== 'd');
  // Walk back to the first item of the list, then forward to its last.
  let from = c.span.from;
  for (let i = from - 1; i >= 0; i--) {
    if (!same(i)) continue;
    let start = i;
    while (start > 0 && same(start - 1)) start--;
    if (
      nextItem(p, i + 1) !== from &&
      !(nextItem(p, i + 1) === from - 1 && /^the$/i.test(p.tokens[from - 1]?.text ?? ''))
    )
      break;
    from = start;
    i = start;
  }
  let to = c.span.to;
  for (let j = nextItem(p, to); j >= 0 && same(j); j = nextItem(p, to)) {
    to = j;
    while (to < p.tokens.length && same(to)) to++;
  }
  if (from === c.span.from && to === c.span.to) return best.text;
  const a = p.tokens[from];
  const b = p.tokens[to - 1];
  return a && b ? p.clean.slice(a.start, b.end).replace(/['’]s$/, '') : best.text;
}
