import type { CandidateContext, QuestionContext } from './context.js';
import { type FeatureSink, template } from './vector.js';

// The question's words on either side of its wh-word, found on the same sides of the span:
// "flows through what city" ↔ "flows through Warsaw"; "Who chaired the meeting" ↔ "X chaired".
const SAME_WORD_BEFORE = template('word before the wh-word is the word before the span');
const AFTER_WH_RIGHT = template('first term after the wh-phrase follows the span (1–3 tokens)');
const BEFORE_WH_LEFT = template('last term before the wh-word precedes the span (1–3 tokens)');
const AFTER_WH_LEFT = template('first term after the wh-phrase precedes the span (1–3 tokens)');

export function alignFeatures(qc: QuestionContext, c: CandidateContext, f: FeatureSink): void {
  const { m, span } = c;
  const { q } = qc;
  if (q.whAt < 0) return;
  if (q.whAt > 0 && m.v.words[span.from - 1] === q.words[q.whAt - 1]) f.add(SAME_WORD_BEFORE, 0, 0);
  const after = m.afterWhAt;
  if (after >= span.to && after - span.to < 3) f.add(AFTER_WH_RIGHT, 0, 0);
  if (after >= 0 && after < span.from && span.from - after <= 3) f.add(AFTER_WH_LEFT, 0, 0);
  const before = m.beforeWhAt;
  if (before >= 0 && before < span.from && span.from - before <= 3) f.add(BEFORE_WH_LEFT, 0, 0);
}
