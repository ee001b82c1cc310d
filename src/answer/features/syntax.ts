import { VERB_CODES } from '../../nlp/posCodes.js';
import {
  type CandidateContext,
  contextToken,
  gapAfter,
  type QuestionContext,
  whName,
  wordName,
} from './context.js';
import { type FeatureSink, template, wordId } from './vector.js';

// The span's grammatical place without a parser: the function words and punctuation around
// it ("in 1949", "by X", "X, who…"), and whether it stands as the passive agent.
const PREV = template('wh × word before', (a, b) => `${whName(a)} ${wordName(b)}`);
const NEXT = template('wh × word after', (a, b) => `${whName(a)} ${wordName(b)}`);
const PREV2 = template('wh × two words before', (a, b) => `${whName(a)} ${wordName(b)}`);
const PUNCT = template('wh × punctuation before/after', (a, b) => `${whName(a)} ${wordName(b)}`);
const AGENT = template('wh × passive agent ("was chaired by X")', (a) => whName(a));
const SUBJECT = template('wh × span right before the question verb', (a) => whName(a));
const HEAD_PREV = template('head noun × word before', (a, b) => `${wordName(a)} ${wordName(b)}`);
const HOW_NEXT = template('how-word × word after', (a, b) => `${wordName(a)} ${wordName(b)}`);
const POSITION = template(
  'wh × span at sentence start/end',
  (a, b) => `${whName(a)} ${['start', 'end', 'middle'][b]}`,
);
const OBJECT = template('wh × span right after the question verb', (a) => whName(a));

export function syntaxFeatures(qc: QuestionContext, c: CandidateContext, f: FeatureSink): void {
  const { m, span } = c;
  const { v } = m;
  const prev = contextToken(m, span.from - 1);
  const prev2 = contextToken(m, span.from - 2);
  f.add(PREV, qc.wh, prev);
  const next = contextToken(m, span.to);
  f.add(NEXT, qc.wh, next);
  if (qc.head) f.add(HEAD_PREV, qc.head, prev);
  if (qc.how) f.add(HOW_NEXT, qc.how, next);
  f.add(POSITION, qc.wh, span.from === 0 ? 0 : span.to === v.tokens.length ? 1 : 2);
  f.add(PREV2, qc.wh, Math.imul(prev2, 31) ^ prev);
  const before = span.from > 0 ? gapAfter(m, span.from - 1) : '<s>';
  const after = gapAfter(m, span.to - 1) || (span.to >= v.tokens.length ? '</s>' : '');
  f.add(PUNCT, qc.wh, wordId(`${before}|${after}`));
  const by =
    v.words[span.from - 1] === 'by' || (v.words[span.from - 1] === 'the' && v.words[span.from - 2] === 'by');
  if (by) {
    const at = v.words[span.from - 1] === 'by' ? span.from - 2 : span.from - 3;
    if (VERB_CODES.has(v.codes[at] ?? '')) f.add(AGENT, qc.wh, 0);
  }
  if (m.verbAt >= span.to && m.verbAt - span.to <= 2) f.add(SUBJECT, qc.wh, 0);
  if (m.verbAt >= 0 && m.verbAt < span.from && span.from - m.verbAt <= 3) f.add(OBJECT, qc.wh, 0);
}
