import { bucket, type CandidateContext, type QuestionContext } from './context.js';
import { type FeatureSink, template } from './vector.js';

// Several articles offering the same span is evidence for it.
const ARTICLES = template('articles offering the same text', (a) => String(a));

export function agreementFeatures(_qc: QuestionContext, c: CandidateContext, f: FeatureSink): void {
  f.add(ARTICLES, bucket(c.articles), 0);
}
