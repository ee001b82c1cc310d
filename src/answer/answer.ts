import type { Sentence } from '../corpus/types.js';
import type { SentenceIndex } from '../search/store.js';
import { spanText } from './candidates.js';
import { chooseAnswer } from './choose.js';
import { abstainText, answerText, citationsFor } from './compose.js';
import type { Explanation } from './explain.js';
import { decisionColumns } from './features/decision.js';
import { type AnswerModel, answerConfidence } from './model/bundle.js';
import { softmax } from './model/linear.js';
import { forestContributions, forestScore } from './model/trees.js';
import { answerModel } from './model/weights.js';
import { type Candidate, candidatePool, type Pool } from './pool.js';
import { readQuestion } from './question.js';
import type { Answer } from './types.js';
import { yesNo } from './yesno.js';

const MAX_CITATIONS = 4;
const MAX_WORDS = 12;
/** A sentence holding this share of the question is shown as the closest passage when the engine abstains. */
const RELATED = 0.35;

interface Decision {
  answer: Answer;
  explanation?: Explanation;
}

function reply(
  index: SentenceIndex,
  question: string,
  text: string,
  sentences: Sentence[],
  confidence: number,
): Answer {
  const cites = citationsFor(index, sentences.slice(0, MAX_CITATIONS));
  const agreeing = new Set(sentences.map((s) => s.articleId)).size;
  const total = index.corpus.articles.length;
  return {
    question,
    answer: text,
    text: answerText(text, cites, agreeing, total),
    confidence: Math.round(confidence * 100) / 100,
    citations: cites,
    agreeing,
    totalArticles: total,
  };
}

function abstain(index: SentenceIndex, question: string, pool: Pool | undefined): Answer {
  const closest = pool?.matches.reduce((a, b) => (b.coverage > a.coverage ? b : a), pool.matches[0] as never);
  const related = closest && closest.coverage >= RELATED ? citationsFor(index, [closest.v.sentence]) : [];
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

/** The span's text, cut to the reply's word limit. */
function shortText(c: Candidate): string {
  const text = spanText(c.m.v, c.span);
  const words = text.split(/\s+/);
  return words.length <= MAX_WORDS ? text : words.slice(0, MAX_WORDS).join(' ');
}

/** Sentences that offer the chosen answer, best first, one per sentence. */
function supportOf(best: Candidate, candidates: readonly Candidate[], scores: readonly number[]): Sentence[] {
  const bySentence = new Map<number, { s: Sentence; score: number }>();
  candidates.forEach((c, i) => {
    if (c.key !== best.key) return;
    const s = c.m.v.sentence;
    const score = c === best ? Infinity : (scores[i] ?? -Infinity);
    if ((bySentence.get(s.id)?.score ?? -Infinity) < score) bySentence.set(s.id, { s, score });
  });
  return [...bySentence.values()].sort((a, b) => b.score - a.score || a.s.id - b.s.id).map((x) => x.s);
}

function decide(index: SentenceIndex, question: string, model: AnswerModel, explain: boolean): Decision {
  const q = readQuestion(index, question);
  if (q.terms.length === 0) return { answer: abstain(index, question, undefined) };
  const pool = candidatePool(index, q, { ranker: model.ranker, keep: explain, explain });
  if (q.wh === 'yesno') {
    const yn = yesNo(q, pool.matches);
    if (!yn) return { answer: abstain(index, question, pool) };
    return {
      answer: reply(
        index,
        question,
        yn.answer,
        yn.support.map((m) => m.v.sentence),
        yn.confidence,
      ),
    };
  }
  const { candidates } = pool;
  const scores = candidates.map((c) => c.score);
  const { best } = chooseAnswer(
    candidates.map((c) => c.key),
    scores,
  );
  const x = decisionColumns(pool, scores, best);
  const decision = answerConfidence(forestScore(model.answerable, x), forestScore(model.correct, x));
  const top = candidates[best];
  const answered = top !== undefined && decision.confidence >= model.threshold;
  const answer = answered
    ? reply(index, question, shortText(top), supportOf(top, candidates, scores), decision.confidence)
    : abstain(index, question, pool);
  if (!explain) return { answer };
  const probs = softmax(scores.length ? scores : [0]);
  const order = [...scores.keys()].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0)).slice(0, 5);
  return {
    answer,
    explanation: {
      question,
      reading: {
        wh: q.wh,
        ...(q.head ? { head: q.head } : {}),
        terms: q.terms.map((t) => ({
          word: t.word,
          idf: Math.round(t.idf * 100) / 100,
          kind: t.name ? 'name' : t.number ? 'number' : t.verb ? 'verb' : t.head ? 'head' : 'word',
        })),
      },
      candidates: order.map((i) => {
        const c = candidates[i] as Candidate;
        return {
          text: spanText(c.m.v, c.span),
          score: scores[i] ?? 0,
          probability: probs[i] ?? 0,
          sentence: c.m.v.sentence.text,
          articleId: c.m.v.sentence.articleId,
          contributions: c.features ? model.ranker.contributions(c.features) : [],
        };
      }),
      decision: {
        answered,
        ...decision,
        threshold: model.threshold,
        contributions: forestContributions(model.answerable, x),
        correctContributions: forestContributions(model.correct, x),
      },
    },
  };
}

/**
 * Answers a question from the index: retrieves sentences, scores every candidate span with
 * the learned ranker, and abstains unless the learned decision expects the best one to be
 * right. Pure and deterministic; never throws.
 */
export function answerQuestion(index: SentenceIndex, question: string, model = answerModel()): Answer {
  return decide(index, question, model, false).answer;
}

/** The answer with the reasons for it: the top candidates and each feature's contribution. */
export function explainQuestion(
  index: SentenceIndex,
  question: string,
  model = answerModel(),
): { answer: Answer; explanation?: Explanation } {
  return decide(index, question, model, true);
}
