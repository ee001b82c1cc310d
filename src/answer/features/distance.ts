import { bucket, type CandidateContext, type QuestionContext, whName } from './context.js';
import { tokenInfo } from './tokens.js';
import { type FeatureSink, template } from './vector.js';

// Distance from the span to the question's words in the sentence, and on which side:
// a subject precedes the relation verb, an object follows it.
const NEAREST = template('tokens to nearest matched word × side', (a, b) => `${a} ${b ? 'right' : 'left'}`);
const VERB = template(
  'tokens to question verb × side × wh',
  (a, b) => `${a & 15} ${b ? 'right' : 'left'} ${whName(a >> 4)}`,
);
const HEAD = template('tokens to head noun × side', (a, b) => `${a} ${b ? 'right' : 'left'}`);
const NO_MATCH = template('no matched word outside the span');
const NEAREST_WH = template(
  'wh × tokens to nearest matched word × side',
  (a, b) => `${whName(a >> 4)} ${a & 15} ${b ? 'right' : 'left'}`,
);
const NEAREST_KIND = template(
  'kind of nearest matched word × tokens × side',
  (a, b) => `${['name', 'number', 'verb', 'head', 'word'][a >> 4]} ${a & 15} ${b ? 'right' : 'left'}`,
);

const TERM_SIDE = template(
  'matched term kind × side × tokens × question side of wh',
  (a, b) =>
    `${['name', 'number', 'verb', 'head', 'word'][a >> 4]} ${b & 1 ? 'right' : 'left'} ${a & 15} q-${b & 2 ? 'after' : 'before'}-wh`,
);
const CLAUSE_BREAK = template('punctuation between span and nearest match × wh', (a) => whName(a));

const kindOf = (t: { name: boolean; number: boolean; verb: boolean; head: boolean } | undefined): number =>
  !t ? 4 : t.name ? 0 : t.number ? 1 : t.verb ? 2 : t.head ? 3 : 4;

/** Gap in tokens from the span to token i (0 when inside), and whether i is on its right. */
const gap = (from: number, to: number, i: number): [number, number] =>
  i < from ? [from - i, 0] : i >= to ? [i - to + 1, 1] : [0, 1];

export function distanceFeatures(qc: QuestionContext, c: CandidateContext, f: FeatureSink): void {
  const { m, span } = c;
  let best = -1;
  let bestGap = Infinity;
  for (const i of m.matched) {
    if (i >= span.from && i < span.to) continue;
    const [d] = gap(span.from, span.to, i);
    if (d < bestGap) {
      bestGap = d;
      best = i;
    }
  }
  if (best < 0) f.add(NO_MATCH, 0, 0);
  else {
    const [d, side] = gap(span.from, span.to, best);
    f.add(NEAREST, bucket(d), side);
    f.add(NEAREST_WH, bucket(d) | (qc.wh << 4), side);
    const t = qc.q.terms[m.termAt[best] ?? -1];
    f.add(NEAREST_KIND, bucket(d) | (kindOf(t) << 4), side);
    const [a, b] = side ? [span.to - 1, best] : [best, span.from];
    const gaps = tokenInfo(m.v).gap;
    for (let i = a; i < b; i++) {
      if (/[,;:()]/.test(gaps[i] ?? '')) {
        f.add(CLAUSE_BREAK, qc.wh, 0);
        break;
      }
    }
  }
  // Every question word near the span, by its kind, side and distance: the shape of the relation.
  for (const i of m.matched) {
    if (i >= span.from && i < span.to) continue;
    const [d, side] = gap(span.from, span.to, i);
    if (d > 12) continue;
    const t = qc.q.terms[m.termAt[i] ?? -1];
    const qSide = t && qc.q.whAt >= 0 && t.at > qc.q.whAt ? 2 : 0;
    f.add(TERM_SIDE, bucket(d) | (kindOf(t) << 4), side | qSide);
  }
  if (m.verbAt >= 0) {
    const [d, side] = gap(span.from, span.to, m.verbAt);
    f.add(VERB, bucket(d) | (qc.wh << 4), side);
  }
  if (m.headAt >= 0) {
    const [d, side] = gap(span.from, span.to, m.headAt);
    f.add(HEAD, bucket(d), side);
  }
}
