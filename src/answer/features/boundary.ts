import {
  type CandidateContext,
  codeId,
  codeName,
  contextToken,
  type QuestionContext,
  wordName,
} from './context.js';
import { type FeatureSink, template } from './vector.js';

// Whether the span is a whole phrase or cuts one: its edge codes against the words just
// outside ("crown | of thorns", "21 and a | half hours", "Oasis | of the Seas").
const RIGHT_EDGE = template('last code × word after', (a, b) => `${codeName(a)} ${wordName(b)}`);
const LEFT_EDGE = template('word before × first code', (a, b) => `${wordName(a)} ${codeName(b)}`);
const AFTER2 = template('two words after', (a, b) => `${wordName(a)} ${wordName(b)}`);

export function boundaryFeatures(_qc: QuestionContext, c: CandidateContext, f: FeatureSink): void {
  const { m, span } = c;
  const next = contextToken(m, span.to);
  f.add(RIGHT_EDGE, codeId(m.v.codes, span.to - 1), next);
  f.add(LEFT_EDGE, contextToken(m, span.from - 1), codeId(m.v.codes, span.from));
  f.add(AFTER2, next, contextToken(m, span.to + 1));
}
