import { NAME_CODES, NUMBER_CODES, VERB_CODES } from '../../nlp/posCodes.js';
import type { Pool } from '../pool.js';
import { NEGATION_WORDS, type QuestionTerm } from '../question.js';
import { WH_NAMES, whName } from './context.js';

// Whether the best candidate answers at all, as dense columns for the decision's trees.
// SQuAD 2.0's unanswerable questions swap a name, number, negation or relation, so the best
// span still looks right: most columns weigh what the question asks that the evidence does not say.
// Yes/no questions never reach the decision (yesno.ts answers them).
const WHS: readonly string[] = WH_NAMES.filter((w) => w !== 'yesno');
const KINDS = ['name', 'number', 'verb', 'head', 'word'];
const kindOf = (t: QuestionTerm): number => (t.name ? 0 : t.number ? 1 : t.verb ? 2 : t.head ? 3 : 4);

/** The columns, in order; their names are what --explain prints. */
export const DECISION_COLUMNS: readonly string[] = [
  'no candidate',
  'ranker score of the best candidate',
  'ranker margin over the next different answer',
  'ranker probability of the best answer',
  'coverage of the answer sentence',
  'best coverage of any retrieved sentence',
  'question IDF missing from the sentence (share)',
  'rarest missing question word (IDF share)',
  'question IDF within 8 tokens of the span (share)',
  ...KINDS.map((k) => `missing ${k}s said in no other retrieved sentence`),
  ...KINDS.map((k) => `missing ${k}s said in another retrieved sentence`),
  'missing words the corpus never uses',
  'negation in the sentence but not the question (+1) or the reverse (−1)',
  'sentence holds an antonym of a question word',
  'articles agreeing',
  'candidates (log)',
  'span length (tokens)',
  'span ends in a name',
  'span ends in a number',
  'span holds a verb',
  'retrieval rank of the answer sentence',
  'BM25 of the answer sentence over the best',
  'found through an FAQ question or heading',
  'question terms',
  'question asks for several',
  ...WHS.map((w) => `wh = ${w}`),
];

/** The decision's columns for a question's best candidate; `scores` are the ranker's. */
export function decisionColumns(pool: Pool, scores: readonly number[], best: number): Float64Array {
  const x = new Float64Array(DECISION_COLUMNS.length);
  let k = 0;
  const put = (v: number): void => {
    x[k++] = v;
  };
  const { qc, candidates } = pool;
  const { q } = qc;
  const c = candidates[best];
  put(c ? 0 : 1);
  const top = c ? (scores[best] ?? 0) : 0;
  let second = -Infinity;
  let z = 0;
  let same = 0;
  if (c)
    scores.forEach((s, i) => {
      const e = Math.exp(s - top);
      z += e;
      if (candidates[i]?.key === c.key) same += e;
      else if (s > second) second = s;
    });
  put(top);
  put(Number.isFinite(second) ? Math.min(top - second, 10) : 10);
  put(z ? same / z : 0);
  put(c?.m.coverage ?? 0);
  let bestCoverage = 0;
  for (const cand of candidates) bestCoverage = Math.max(bestCoverage, cand.m.coverage);
  // Terms any of the retrieved sentences hold, to tell a swapped word from one said elsewhere.
  const seen = new Set<string>();
  for (const r of pool.retrieved.slice(0, 5)) for (const key of r.view.keys) if (key) seen.add(key);
  const mass = q.mass || 1;
  let missing = 0;
  let maxMissing = 0;
  const unseen = new Array<number>(KINDS.length).fill(0);
  const elsewhere = new Array<number>(KINDS.length).fill(0);
  let never = 0;
  q.terms.forEach((t, j) => {
    const here = c ? Math.max(c.m.found[j] ?? 0, 0.8 * (c.m.before[j] ?? 0)) : 0;
    missing += (1 - here) * t.idf;
    if (here >= 0.7) return;
    maxMissing = Math.max(maxMissing, t.idf);
    const kind = kindOf(t);
    if (t.df === 0) never++;
    else if (seen.has(t.key)) elsewhere[kind] = (elsewhere[kind] ?? 0) + 1;
    else unseen[kind] = (unseen[kind] ?? 0) + 1;
  });
  let near = 0;
  if (c)
    for (const i of c.m.matched) if (i >= c.span.from - 8 && i < c.span.to + 8) near += c.m.weight[i] ?? 0;
  put(bestCoverage);
  put(missing / mass);
  put(maxMissing / Math.max(...q.terms.map((t) => t.idf), 1));
  put(near / mass);
  for (const u of unseen) put(u);
  for (const e of elsewhere) put(e);
  put(never);
  const negatedSentence = c ? c.m.v.words.some((w) => NEGATION_WORDS.test(w)) : false;
  put(negatedSentence === q.negated ? 0 : negatedSentence ? 1 : -1);
  put(c?.m.opposed.some((o, j) => o === 1 && (c.m.found[j] ?? 0) < 1) ? 1 : 0);
  put(c?.articles ?? 0);
  put(Math.log1p(candidates.length));
  const codes = c ? c.m.v.codes.slice(c.span.from, c.span.to) : '';
  const last = codes[codes.length - 1] ?? '';
  put(codes.length);
  put(NAME_CODES.has(last) ? 1 : 0);
  put(NUMBER_CODES.has(last) ? 1 : 0);
  put([...codes].some((code) => VERB_CODES.has(code)) ? 1 : 0);
  put(c ? c.m.r.rank : 30);
  put(c && qc.topBm25 > 0 ? c.m.r.bm25 / qc.topBm25 : 0);
  put(c?.m.r.answers ? 1 : 0);
  put(q.terms.length);
  put(qc.several);
  const wh = whName(qc.wh);
  for (const w of WHS) put(wh === w ? 1 : 0);
  return x;
}
