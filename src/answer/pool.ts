import type { SentenceIndex } from '../search/store.js';
import { spansOf } from './candidates.js';
import { type CandidateContext, type QuestionContext, questionContext } from './features/context.js';
import { contextFeatures, sentenceFeatures, shapeFeatures, spanFeatures } from './features/index.js';
import { tokenInfo } from './features/tokens.js';
import { FeatureList, ScoreSink } from './features/vector.js';
import { matchSentence, type SentenceMatch } from './match.js';
import type { LinearModel } from './model/linear.js';
import type { Question } from './question.js';
import { contextOf, type Retrieved, retrieve } from './retrieve.js';

/** Candidates come from this many of the best retrieved sentences. */
export const SENTENCES = 8;
/**
 * The answer path scores every span's cheap features first and the rest only for this many of
 * the best: the winner is all but always among them, and a 5-article corpus offers ~600 spans.
 */
export const SHORTLIST = 120;

export interface Candidate extends CandidateContext {
  /** The ranker's score (0 without a ranker). */
  score: number;
  /** Every feature, kept for training and --explain only. */
  features: FeatureList | undefined;
}

export interface Pool {
  qc: QuestionContext;
  retrieved: Retrieved[];
  /** The question matched against each sentence that gave candidates. */
  matches: SentenceMatch[];
  candidates: Candidate[];
}

export interface PoolOptions {
  /** Scores each candidate as its features are made (the answer path keeps none). */
  ranker?: LinearModel;
  /** Keeps each candidate's features (training, --explain); `explain` names them too. */
  keep?: boolean;
  explain?: boolean;
}

/** A hash of the span's words without articles, for grouping candidates that say the same thing; 0 if none. */
function keyOf(word: Int32Array, from: number, to: number): number {
  let key = 0;
  for (let i = from; i < to; i++) {
    const w = word[i] ?? 0;
    if (w !== 0) key = (Math.imul(key ^ w, 0x01000193) + 0x9e3779b9) | 0;
  }
  return key;
}

/** The spans of a matched sentence that could answer, less those made only of the question's words. */
function spansFor(m: SentenceMatch, out: Candidate[]): void {
  // fresh[i]: content words up to token i that the question does not contain.
  const fresh = new Int32Array(m.v.tokens.length + 1);
  for (let i = 0; i < m.v.tokens.length; i++)
    fresh[i + 1] = (fresh[i] ?? 0) + ((m.termAt[i] ?? -1) < 0 && m.v.keys[i] !== null ? 1 : 0);
  const { word } = tokenInfo(m.v);
  for (const span of spansOf(m.v)) {
    if ((fresh[span.to] ?? 0) === (fresh[span.from] ?? 0)) continue;
    const key = keyOf(word, span.from, span.to);
    // Every field set at once: one object shape for all candidates keeps the hot loops fast.
    if (key !== 0) out.push({ m, span, key, articles: 0, score: 0, features: undefined });
  }
}

/**
 * Every candidate answer to a question: spans of the best retrieved sentences, scored by the
 * ranker when one is given, with their features kept when asked.
 */
export function candidatePool(index: SentenceIndex, q: Question, opts: PoolOptions = {}): Pool {
  const retrieved = retrieve(index, q);
  const qc = questionContext(q, retrieved[0]?.bm25 ?? 0);
  const matches = retrieved.slice(0, SENTENCES).map((r) => matchSentence(q, r, contextOf(index, r)));
  const raw: Candidate[] = [];
  for (const m of matches) spansFor(m, raw);
  // Agreement: how many articles offer each text.
  const by = new Map<number, string[]>();
  for (const c of raw) {
    const ids = by.get(c.key);
    const id = c.m.v.sentence.articleId;
    if (!ids) by.set(c.key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  }
  for (const c of raw) c.articles = by.get(c.key)?.length ?? 1;
  if (!opts.ranker && !opts.keep) return { qc, retrieved, matches, candidates: raw };
  // A sentence's own features are the same for all its spans: scored (or listed) once.
  const shared = new Map<SentenceMatch, { score: number; list?: FeatureList }>();
  for (const m of matches) {
    const score = opts.ranker ? new ScoreSink(opts.ranker.w) : undefined;
    if (score) sentenceFeatures(qc, m, score);
    const list = opts.keep ? new FeatureList(opts.explain) : undefined;
    if (list) sentenceFeatures(qc, m, list);
    shared.set(m, { score: score?.sum ?? 0, ...(list ? { list } : {}) });
  }
  if (opts.ranker && !opts.keep)
    return { qc, retrieved, matches, candidates: shortlist(qc, raw, shared, opts.ranker) };
  const sink = opts.ranker ? new ScoreSink(opts.ranker.w) : undefined;
  for (const c of raw) {
    const s = shared.get(c.m);
    if (sink) {
      sink.sum = s?.score ?? 0;
      spanFeatures(qc, c, sink);
      c.score = sink.sum;
    }
    const features = new FeatureList(opts.explain);
    if (s?.list) features.extend(s.list);
    spanFeatures(qc, c, features);
    c.features = features;
  }
  return { qc, retrieved, matches, candidates: raw };
}

/** Scores every span's cheap features, then the rest for the SHORTLIST best; the others are dropped. */
function shortlist(
  qc: QuestionContext,
  raw: Candidate[],
  shared: ReadonlyMap<SentenceMatch, { score: number }>,
  ranker: LinearModel,
): Candidate[] {
  const sink = new ScoreSink(ranker.w);
  const first = raw;
  for (const c of first) {
    sink.sum = shared.get(c.m)?.score ?? 0;
    shapeFeatures(qc, c, sink);
    c.score = sink.sum;
  }
  let kept = first;
  if (first.length > SHORTLIST) {
    // The best by their cheap score, kept in their original order (ties break on position).
    const order = Array.from(first.keys()).sort(
      (a, b) => (first[b]?.score ?? 0) - (first[a]?.score ?? 0) || a - b,
    );
    kept = order
      .slice(0, SHORTLIST)
      .sort((a, b) => a - b)
      .map((i) => first[i] as Candidate);
  }
  for (const c of kept) {
    sink.sum = c.score;
    contextFeatures(qc, c, sink);
    c.score = sink.sum;
  }
  return kept;
}
