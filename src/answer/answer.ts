import type { SentenceIndex } from '../search/store.js';
import { abstainText, answerText, citationsFor } from './compose.js';
import { type Evidence, weighEvidence } from './evidence.js';
import { type Candidate, extractCandidates } from './extract.js';
import { expandList } from './list.js';
import { type Merged, mergeCandidates } from './merge.js';
import { type AnalyzedQuestion, analyzeQuestion } from './question.js';

import { retrieve } from './retrieve.js';
import type { Answer } from './types.js';
import { yesNo } from './yesno.js';

/** Below this weighted coverage of the question, a sentence is too far off to answer it. */
export const MIN_COVERAGE = 0.45;
/** Below this score, the best candidate is a guess. */
export const MIN_SCORE = 0.2;

const MAX_CITATIONS = 4;

function abstain(index: SentenceIndex, question: string, best: Evidence | undefined): Answer {
  const related = best && best.coverage >= 0.35 ? citationsFor(index, [best.sentence]) : [];
  return {
    question,
    answer: null,
    text: abstainText(related),
    confidence: 0,
    citations: related,
    agreeing: 0,
    totalArticles: index.corpus.articles.length,
  };
}

/** Weighed evidence for a question, best first. */
function gather(index: SentenceIndex, q: AnalyzedQuestion): Evidence[] {
  return retrieve(index, q)
    .map((s) => weighEvidence(index, q, s))
    .filter((e): e is Evidence => e !== undefined)
    .sort((a, b) => b.coverage - a.coverage || a.sentence.id - b.sentence.id);
}

/** Scores every candidate span of the evidence and merges them into answers, best first. */
function rank(q: AnalyzedQuestion, strong: readonly Evidence[]): Merged[] {
  const scored = strong.flatMap((e) =>
    extractCandidates(q, e).map((c) => {
      const gap = (m: number): number =>
        m < c.span.from ? c.span.from - m : m >= c.span.to ? m - c.span.to + 1 : 0;
      // Distance to the relation word when the sentence has it, else (a little further) to any matched word.
      const d = Math.min(
        e.anchor !== undefined ? gap(e.anchor) : 99,
        ...e.matched.map((m) => gap(m) + 3),
        99,
      );
      const kind = (e.sentence.kind === 'body' ? 1 : 0.6) * modality(q, e);
      return { c, score: e.coverage ** 2 * c.fit * kind * roleFit(q, e, c) * (1 / (1 + d / 12)) };
    }),
  );
  return mergeCandidates(scored);
}

/**
 * Answers a question from the index: finds evidence sentences that fit the question's
 * relation, extracts spans of the kind it asks for, merges what several articles agree on,
 * and abstains when nothing is well supported. Pure and deterministic; never throws.
 */
export function answerQuestion(index: SentenceIndex, question: string): Answer {
  const q = analyzeQuestion(question, index.lex);
  if (q.terms.length === 0) return abstain(index, question, undefined);
  const evidence = gather(index, q);

  const strong = evidence.filter((e) => e.coverage >= MIN_COVERAGE);
  if (q.expect === 'yesno') {
    const yn = yesNo(q, strong);
    if (!yn) return abstain(index, question, evidence[0]);
    const cites = citationsFor(index, yn.support.slice(0, MAX_CITATIONS));
    const agreeing = new Set(yn.support.map((s) => s.articleId)).size;
    return reply(index, question, yn.answer, cites, agreeing, yn.confidence);
  }
  const best = rank(q, strong)[0];
  if (!best || best.score < MIN_SCORE) return abstain(index, question, evidence[0]);
  const text = q.plural || q.expect === 'place' ? expandList(best) : best.text;
  const sentences = [
    ...new Map(best.candidates.map((c) => [c.evidence.sentence.id, c.evidence.sentence])).values(),
  ];
  const cites = citationsFor(index, sentences.slice(0, MAX_CITATIONS));
  const confidence = Math.min(1, best.score * (0.8 + 0.1 * best.articles.size));
  return reply(index, question, text, cites, best.articles.size, confidence);
}

const PROSPECT =
  /\b(?:will|would|could|might|may|potential|possible|possibly|proposed|planned|plans?|expected|considered|consideration|candidates?|set to|scheduled|upcoming|next|future)\b/i;

/** "Where might a summit be held?" prefers "potential host cities…" to where one was held. */
const modality = (q: AnalyzedQuestion, e: Evidence): number =>
  q.prospective && !PROSPECT.test(e.p.clean) ? 0.7 : 1;

/**
 * "Who held talks?" asks for the verb's subject: a name before the verb, or after "by" in the
 * passive ("was chaired by X"). A name after an active verb is its object, a weaker fit.
 */
function roleFit(q: AnalyzedQuestion, e: Evidence, c: Candidate): number {
  if (q.expect !== 'person' || q.asksObject || e.verbAt === undefined) return 1;
  if (c.span.to <= e.verbAt) return 1;
  const before = e.p.tokens
    .slice(Math.max(e.verbAt + 1, c.span.from - 4), c.span.from)
    .map((t) => t.text.toLowerCase());
  return before.includes('by') ? 1 : 0.6;
}

function reply(
  index: SentenceIndex,
  question: string,
  answer: string,
  cites: Answer['citations'],
  agreeing: number,
  confidence: number,
): Answer {
  const total = index.corpus.articles.length;
  return {
    question,
    answer,
    text: answerText(answer, cites, agreeing, total),
    confidence: Math.round(confidence * 100) / 100,
    citations: cites,
    agreeing,
    totalArticles: total,
  };
}
