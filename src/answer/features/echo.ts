import { type CandidateContext, type QuestionContext, whName } from './context.js';
import { type FeatureSink, template } from './vector.js';

// A span that repeats the question does not answer it ("Who chaired the meeting?" ↛ "the meeting").
const ECHO = template('share of span tokens from the question × wh', (a) => whName(a));
const ECHO_NAME = template('span holds a name from the question');
const HEAD_INSIDE = template(
  'wh × span holds the head noun × as its last word ("Vistula River" for "which river")',
  (a, b) => `${whName(a)} ${b ? 'last' : 'inside'}`,
);
const HEAD_NEXT = template('head noun right after / before the span', (a) => (a ? 'after' : 'before'));

export function echoFeatures(qc: QuestionContext, c: CandidateContext, f: FeatureSink): void {
  const { m, span } = c;
  let echoed = 0;
  let name = false;
  for (let i = span.from; i < span.to; i++) {
    const j = m.termAt[i] ?? -1;
    if (j < 0) continue;
    if (i === m.headAt) continue;
    echoed++;
    if (qc.q.terms[j]?.name) name = true;
  }
  f.add(ECHO, qc.wh, 0, echoed / (span.to - span.from));
  const h = m.headAt;
  if (h >= span.from && h < span.to) f.add(HEAD_INSIDE, qc.wh, h === span.to - 1 ? 1 : 0);
  else if (h === span.to) f.add(HEAD_NEXT, 1, 0);
  else if (h >= 0 && h < span.from && span.from - h <= 2) f.add(HEAD_NEXT, 0, 0);
  if (name) f.add(ECHO_NAME, 0, 0);
}
