import { nounClassName } from '../../nlp/nounClass.js';
import {
  type CandidateContext,
  codeId,
  codeName,
  type QuestionContext,
  whName,
  wordName,
} from './context.js';
import { tokenInfo } from './tokens.js';
import { type FeatureSink, template } from './vector.js';

// Answer type against span type: the wh-word, head noun or "how" word crossed with the span's
// codes and the shape of its words. The strongest family (who ↔ person, when ↔ date, …).
const WH_FIRST = template('wh × first code', (a, b) => `${whName(a)} ${codeName(b)}`);
const WH_LAST = template('wh × last code', (a, b) => `${whName(a)} ${codeName(b)}`);
const WH_PATTERN = template('wh × code pattern', (a, b) => `${whName(a)} ${wordName(b)}`);
const WH_SHAPE = template('wh × last word shape', (a, b) => `${whName(a)} ${wordName(b)}`);
const WH_LAST_WORD = template('wh × last lower-case word', (a, b) => `${whName(a)} ${wordName(b)}`);
const HEAD_LAST = template('head noun × last code', (a, b) => `${wordName(a)} ${codeName(b)}`);
const HEAD_PATTERN = template('head noun × code pattern', (a, b) => `${wordName(a)} ${wordName(b)}`);
const HEAD_SHAPE = template('head noun × last word shape', (a, b) => `${wordName(a)} ${wordName(b)}`);
const HEAD_LAST_WORD = template(
  'head noun × last lower-case word',
  (a, b) => `${wordName(a)} ${wordName(b)}`,
);
const HOW_LAST = template('how-word × last code', (a, b) => `${wordName(a)} ${codeName(b)}`);
const HOW_LAST_WORD = template('how-word × last lower-case word', (a, b) => `${wordName(a)} ${wordName(b)}`);
const PATTERN = template('code pattern', (a) => wordName(a));
// WordNet classes carry the head noun's type to words never seen in training ("which officer" ~ person).
const CLASS_LAST = template('head class × last code', (a, b) => `${nounClassName(a)} ${codeName(b)}`);
const CLASS_PATTERN = template('head class × code pattern', (a, b) => `${nounClassName(a)} ${wordName(b)}`);
const CLASS_SPAN = template(
  'head class × span noun class',
  (a, b) => `${nounClassName(a)} ${nounClassName(b)}`,
);
const WH_SPAN_CLASS = template('wh × span noun class', (a, b) => `${whName(a)} ${nounClassName(b)}`);
// An FAQ answer holds few of the question's words, so its type must speak for it.
const ANSWERS_FIRST = template(
  'answers a matched FAQ question × wh × first code',
  (a, b) => `${whName(a)} ${codeName(b)}`,
);
const ANSWERS_START = template('answers a matched FAQ question × span starts the sentence');

export function typeFeatures(qc: QuestionContext, c: CandidateContext, f: FeatureSink): void {
  const { v } = c.m;
  const { from, to } = c.span;
  const first = codeId(v.codes, from);
  const last = codeId(v.codes, to - 1);
  const pat = c.span.pattern;
  const info = tokenInfo(v);
  const shp = info.shape[to - 1] ?? 0;
  // Only lower-case words: general vocabulary ("years", "million"), never an article's names.
  const lower = info.lower[to - 1] ?? 0;
  f.add(WH_FIRST, qc.wh, first);
  f.add(WH_LAST, qc.wh, last);
  f.add(WH_PATTERN, qc.wh, pat);
  f.add(WH_SHAPE, qc.wh, shp);
  f.add(PATTERN, pat, 0);
  if (lower) f.add(WH_LAST_WORD, qc.wh, lower);
  const spanClass = info.nounClass[to - 1] ?? 0;
  f.add(WH_SPAN_CLASS, qc.wh, spanClass);
  if (qc.headClass) {
    f.add(CLASS_LAST, qc.headClass, last);
    f.add(CLASS_PATTERN, qc.headClass, pat);
    f.add(CLASS_SPAN, qc.headClass, spanClass);
  }
  if (c.m.r.answers === 'question') {
    f.add(ANSWERS_FIRST, qc.wh, first);
    if (from === 0) f.add(ANSWERS_START, 0, 0);
  }
  if (qc.head) {
    f.add(HEAD_LAST, qc.head, last);
    f.add(HEAD_PATTERN, qc.head, pat);
    f.add(HEAD_SHAPE, qc.head, shp);
    if (lower) f.add(HEAD_LAST_WORD, qc.head, lower);
  }
  if (qc.how) {
    f.add(HOW_LAST, qc.how, last);
    if (lower) f.add(HOW_LAST_WORD, qc.how, lower);
  }
}
