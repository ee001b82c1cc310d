import { matchedIn } from '../match.js';
import { type CandidateContext, type QuestionContext, whName } from './context.js';
import { type FeatureSink, template } from './vector.js';

// Question words near the span: the answer sits next to what the question says about it.
const NEAR_LEFT = template('matched IDF 1–3 tokens left (share)');
const FAR_LEFT = template('matched IDF 4–10 tokens left (share)');
const NEAR_RIGHT = template('matched IDF 1–3 tokens right (share)');
const FAR_RIGHT = template('matched IDF 4–10 tokens right (share)');
const INSIDE = template('matched IDF inside the span (share)');
const NEAR_WH = template('wh × matched IDF within 3 tokens either side (share)', (a) => whName(a));

export function windowFeatures(qc: QuestionContext, c: CandidateContext, f: FeatureSink): void {
  const { m, span } = c;
  const mass = qc.q.mass || 1;
  f.add(NEAR_LEFT, 0, 0, matchedIn(m, span.from - 3, span.from) / mass);
  f.add(FAR_LEFT, 0, 0, matchedIn(m, span.from - 10, span.from - 3) / mass);
  f.add(NEAR_RIGHT, 0, 0, matchedIn(m, span.to, span.to + 3) / mass);
  f.add(FAR_RIGHT, 0, 0, matchedIn(m, span.to + 3, span.to + 10) / mass);
  f.add(INSIDE, 0, 0, matchedIn(m, span.from, span.to) / mass);
  f.add(
    NEAR_WH,
    qc.wh,
    0,
    (matchedIn(m, span.from - 3, span.from) + matchedIn(m, span.to, span.to + 3)) / mass,
  );
}
