/** Which way a relative date points from the article's date. */
export type Direction = 'past' | 'future';

// Markers of a coming event. News reports the past by default, so only these flip the direction.
const FUTURE =
  /\b(?:will|won['’]t|shall|plans?\s+to|intends?\s+to|to\s+be\s+held|upcoming|ahead\s+of|scheduled\s+for|as\s+early\s+as|no\s+later\s+than)\b|\b(?:could|may|might)\s+(?:begin|start|resume|open|end|close|come|take\s+place)\b|\b(?:set|scheduled|due|slated|poised)\s+to\b|\b(?:is|are|am)\s+(?:\w+\s+)?(?:expected|planning|going|to)\b/i;
// A past verb right before the date governs it: "said on Wednesday it will…" is past ("will be held on" is not).
const PAST_VERB_BEFORE =
  /(?<!\b(?:be|to)\s)\b(?:(?!(?:expected|scheduled|slated|planned)\b)\w{3,}ed|said|told|held|met|took|gave|made|went|came|began|spoke|wrote|sent|led|left|won|lost|struck|saw|ruled)\s+(?:on\s+|late\s+|early\s+)?$/i;
// A clause boundary: the verbs that govern a date sit in its own clause.
const BOUNDARY = /[.;:!?]|,\s+(?:but|while|although|whereas|and|after|before)\b|\s[–—]\s/g;

/** The clause around [start, end): from the previous boundary to the next one. */
export function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(BOUNDARY)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end && m.index < to) to = m.index;
  }
  return { from, to };
}

/** Past unless the clause around the date speaks of what is to come ("will meet", "set to convene"). */
export function directionAt(text: string, start: number, end: number): Direction {
  const { from, to } = clauseAround(text, start, end);
  const before = text.slice(from, start);
  if (PAST_VERB_BEFORE.test(before)) return 'past';
  if (FUTURE.test(before)) return 'future';
  return FUTURE.test(text.slice(end, Math.min(to, end + 40))) ? 'future' : 'past';
}
