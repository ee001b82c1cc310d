import type { SentenceMatch } from '../match.js';
import { bucket, type QuestionContext } from './context.js';
import { type FeatureSink, template, wordId, wordOf } from './vector.js';

// How the sentence was found: its BM25 rank and score against the best, and what kind of
// sentence it is (body, heading, meta).
const RANK = template('sentence BM25 rank', (a) => String(a));
const SCORE = template('sentence BM25 / best');
const KIND = template('sentence kind', (a) => wordOf(a));
const ANSWERS = template('answers the FAQ question or heading that matched', (a) => wordOf(a));

export function retrievalFeatures(qc: QuestionContext, m: SentenceMatch, f: FeatureSink): void {
  const { r } = m;
  f.add(RANK, bucket(r.rank), 0);
  f.add(SCORE, 0, 0, qc.topBm25 > 0 ? r.bm25 / qc.topBm25 : 0);
  f.add(KIND, wordId(r.view.sentence.kind), 0);
  if (r.answers) f.add(ANSWERS, wordId(r.answers), 0);
}
