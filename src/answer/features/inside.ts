import { type CandidateContext, type QuestionContext, whName } from './context.js';
import { KIND, tokenInfo } from './tokens.js';
import { type FeatureSink, template } from './vector.js';

// What the span holds inside: a preposition, a comma, a verb or a dash makes a phrase of
// several parts ("Uppsala, in 1773"), which some questions want and most do not.
const INSIDE = template(
  'wh × span holds',
  (a, b) =>
    `${whName(a)} ${['preposition', 'comma', 'verb', 'conjunction', 'dash', 'determiner', 'name and common noun'][b]}`,
);

export function insideFeatures(qc: QuestionContext, c: CandidateContext, f: FeatureSink): void {
  const { span } = c;
  const { breaks, kind } = tokenInfo(c.m.v);
  let seen = 0;
  let all = kind[span.from] ?? 0;
  for (let i = span.from + 1; i < span.to; i++) {
    const k = kind[i] ?? 0;
    all |= k;
    if (k & KIND.preposition) seen |= 1;
    if (k & KIND.conjunction) seen |= 8;
    if (k & KIND.determiner) seen |= 32;
    const brk = breaks[i - 1] ?? 0;
    if (brk & 1) seen |= 2;
    if (brk & 2) seen |= 16;
  }
  if (all & KIND.verb) seen |= 4;
  if (all & KIND.name && all & KIND.common) seen |= 64;
  for (let b = 0; b < 7; b++) if (seen & (1 << b)) f.add(INSIDE, qc.wh, b);
}
