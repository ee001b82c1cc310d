import { bucket, type CandidateContext, gapAfter, type QuestionContext, whName } from './context.js';
import { type FeatureSink, template } from './vector.js';

// Span length by question kind ("when" wants two or three words, "why" a clause), and lists.
const LENGTH = template('wh × span length', (a, b) => `${whName(a)} ${b}`);
const LIST = template('wh × span is a list (comma or and/or inside)', (a) => whName(a));
const LIST_SEVERAL = template(
  'span is a list × the question asks for several',
  (a, b) => `${a ? 'list' : 'single'} ${b ? 'several' : 'one'}`,
);

export function lengthFeatures(qc: QuestionContext, c: CandidateContext, f: FeatureSink): void {
  const { m, span } = c;
  f.add(LENGTH, qc.wh, bucket(span.to - span.from));
  let list = 0;
  for (let i = span.from; i < span.to - 1 && !list; i++) {
    const w = m.v.words[i];
    if ((i > span.from && (w === 'and' || w === 'or')) || gapAfter(m, i) === ',') list = 1;
  }
  if (list) f.add(LIST, qc.wh, 0);
  f.add(LIST_SEVERAL, list, qc.several);
}
