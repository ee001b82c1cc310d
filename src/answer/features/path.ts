import type { SentenceMatch } from '../match.js';
import type { CandidateContext, QuestionContext } from './context.js';
import { whName } from './context.js';
import { tokenInfo } from './tokens.js';
import { type FeatureSink, template } from './vector.js';

// A parser-free stand-in for the dependency path: the words between the span and a matched
// question word, function words as themselves and others by code ("designed in a [span]").
const NEAREST_PATH = template('wh × path to the nearest matched word', (a) => whName(a));
const VERB_PATH = template('wh × path to the question verb', (a) => whName(a));

/** How far a path may run, in tokens. */
const MAX_PATH = 5;

/** Hash of the tokens strictly between token i and the span, with the side; 0 if too far. */
function pathHash(m: SentenceMatch, from: number, to: number, i: number): number {
  const ctx = tokenInfo(m.v).context;
  const gaps = tokenInfo(m.v).gap;
  const [a, b, side] = i < from ? [i + 1, from, 1] : [to, i, 2];
  if (b - a > MAX_PATH) return 0;
  let h = side * 0x9e3779b1;
  for (let k = a; k < b; k++) h = Math.imul(h ^ (ctx[k] ?? 0), 0x01000193) ^ (gaps[k]?.length ?? 0);
  // The punctuation right at the span's edge belongs to the path too ("X, who…").
  h = Math.imul(h ^ (gaps[i < from ? from - 1 : to - 1]?.charCodeAt(0) ?? 0), 0x01000193);
  return h >>> 0;
}

export function pathFeatures(qc: QuestionContext, c: CandidateContext, f: FeatureSink): void {
  const { m, span } = c;
  let nearest = -1;
  let best = Infinity;
  for (const i of m.matched) {
    const d = i < span.from ? span.from - i : i >= span.to ? i - span.to + 1 : Infinity;
    if (d < best) {
      best = d;
      nearest = i;
    }
  }
  if (nearest >= 0) {
    const h = pathHash(m, span.from, span.to, nearest);
    if (h) f.add(NEAREST_PATH, qc.wh, h);
  }
  if (m.verbAt >= 0 && (m.verbAt < span.from || m.verbAt >= span.to)) {
    const h = pathHash(m, span.from, span.to, m.verbAt);
    if (h) f.add(VERB_PATH, qc.wh, h);
  }
}
