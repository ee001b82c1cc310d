import { NAME_CODES } from '../../nlp/posCodes.js';
import type { Pool } from '../pool.js';
import { NEGATION_WORDS, type QuestionTerm } from '../question.js';
import { bucket, codeId, codeName, whName } from './context.js';
import { FeatureList, template } from './vector.js';

// Whether the best candidate answers at all. SQuAD 2.0's unanswerable questions swap a
// name, number, negation or relation, so the best span still looks right: these features
// weigh what the question asks that the evidence does not say.
const BIAS = template('bias');
const WH = template('wh', (a) => whName(a));
const TOP = template('ranker score of the best candidate');
const MARGIN = template('ranker margin over the next different answer');
const PROB = template('ranker probability of the best answer');
const COVERAGE = template('coverage of the answer sentence × wh', (a) => whName(a));
const COVERAGE_BUCKET = template('coverage of the answer sentence (tenths)', (a) => String(a));
const BEST_COVERAGE = template('best coverage of any retrieved sentence');
const MISSING = template('question IDF missing from the sentence (share)');
const MISSING_KIND = template(
  'question word missing from the sentence × kind × elsewhere',
  (a, b) =>
    `${KINDS[a]} ${['nowhere in the corpus', 'in the retrieved sentences', 'elsewhere in the corpus'][b]}`,
);
const MISSING_CODE = template('question word missing × its code', (a) => codeName(a));
const MISSING_MAX = template('rarest missing question word (IDF share)');
const NEAR = template('question words within 8 tokens of the span (share)');
const NEGATION = template('negation only in', (a) => (a ? 'sentence' : 'question'));
const TYPE = template('wh × last code of the answer', (a, b) => `${whName(a)} ${codeName(b)}`);
const AGREE = template('articles agreeing', (a) => String(a));
const COUNT = template('candidates (log)');
const NONE = template('no candidate');
const OPPOSED = template('sentence holds an antonym of a question word');

const KINDS = ['name', 'number', 'verb', 'head', 'word'];
const kindOf = (t: QuestionTerm): number => (t.name ? 0 : t.number ? 1 : t.verb ? 2 : t.head ? 3 : 4);

/** Features of a question's best candidate for the abstain decision; `scores` are the ranker's. */
export function verifierFeatures(
  pool: Pool,
  scores: readonly number[],
  best: number,
  explain = false,
): FeatureList {
  const f = new FeatureList(explain);
  const { qc, candidates } = pool;
  const { q } = qc;
  f.add(BIAS, 0, 0);
  f.add(WH, qc.wh, 0);
  const c = candidates[best];
  if (!c) {
    f.add(NONE, 0, 0);
    return f;
  }
  const top = scores[best] ?? 0;
  let second = -Infinity;
  let z = 0;
  let same = 0;
  scores.forEach((s, i) => {
    const e = Math.exp(s - top);
    z += e;
    if (candidates[i]?.key === c.key) same += e;
    else if (s > second) second = s;
  });
  f.add(TOP, 0, 0, top / 10);
  f.add(MARGIN, 0, 0, Number.isFinite(second) ? Math.min(top - second, 10) / 5 : 2);
  f.add(PROB, 0, 0, same / z);
  const { m, span } = c;
  f.add(COVERAGE, qc.wh, 0, m.coverage);
  f.add(COVERAGE_BUCKET, Math.floor(m.coverage * 10), 0);
  // Terms any of the retrieved sentences hold, to tell a swapped word from one said elsewhere.
  const seen = new Set<string>();
  for (const r of pool.retrieved.slice(0, 5)) for (const k of r.view.keys) if (k) seen.add(k);
  let bestCoverage = 0;
  for (const cand of candidates) bestCoverage = Math.max(bestCoverage, cand.m.coverage);
  f.add(BEST_COVERAGE, 0, 0, bestCoverage);
  const mass = q.mass || 1;
  let missing = 0;
  let maxMissing = 0;
  q.terms.forEach((t, j) => {
    const here = Math.max(m.found[j] ?? 0, 0.8 * (m.before[j] ?? 0));
    missing += (1 - here) * t.idf;
    if (here >= 0.7) return;
    maxMissing = Math.max(maxMissing, t.idf);
    f.add(MISSING_KIND, kindOf(t), t.df === 0 ? 0 : seen.has(t.key) ? 1 : 2);
    if (!t.name && !t.number) f.add(MISSING_CODE, NAME_CODES.has(t.code) ? 78 : t.code.charCodeAt(0), 0);
  });
  if (m.opposed.some((o, j) => o === 1 && (m.found[j] ?? 0) < 1)) f.add(OPPOSED, 0, 0);
  f.add(MISSING, 0, 0, missing / mass);
  f.add(MISSING_MAX, 0, 0, maxMissing / Math.max(...q.terms.map((t) => t.idf), 1));
  let near = 0;
  for (const i of m.matched) if (i >= span.from - 8 && i < span.to + 8) near += m.weight[i] ?? 0;
  f.add(NEAR, 0, 0, near / mass);
  const negatedSentence = m.v.words.some((w) => NEGATION_WORDS.test(w));
  if (negatedSentence !== q.negated) f.add(NEGATION, negatedSentence ? 1 : 0, 0);
  f.add(TYPE, qc.wh, codeId(m.v.codes, span.to - 1));
  f.add(AGREE, bucket(c.articles), 0);
  f.add(COUNT, 0, 0, Math.log1p(candidates.length) / 6);
  return f;
}
