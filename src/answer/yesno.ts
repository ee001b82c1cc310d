import type { Sentence } from '../corpus/types.js';
import { MAX_ANSWER_WORDS } from './clause.js';
import type { Evidence } from './evidence.js';
import type { AnalyzedQuestion } from './question.js';

/** Only evidence that holds most of the question answers yes or no. */
const FULL = 0.6;
const NEGATION = /^(?:not|no|never|neither|nor|without|denied|refused|rejected|cannot|n't)$/i;

/** The stretch of the sentence that states it, from the first matched word (or negation) to the last. */
function statement(e: Evidence, words: number): string {
  const neg = e.p.tokens.findIndex((t) => NEGATION.test(t.text));
  const at = [...e.matched, ...(neg >= 0 ? [neg] : [])];
  const from = Math.min(...at);
  const to = Math.min(Math.max(...at), from + words - 1);
  const a = e.p.tokens[from];
  const b = e.p.tokens[to];
  return a && b ? e.p.clean.slice(a.start, b.end) : '';
}

/**
 * "Did X do Y?": yes when a sentence states it, no when it states it negated (a negation the
 * question does not share). The answer quotes the words that say so: "No: no time frame has been set".
 */
export function yesNo(
  q: AnalyzedQuestion,
  strong: readonly Evidence[],
): { answer: string; support: Sentence[]; confidence: number } | undefined {
  const qKeys = new Set(q.terms.map((t) => t.key));
  const full = strong.filter((e) => e.coverage >= FULL && e.matched.length > 0);
  const first = full[0];
  if (!first) return undefined;
  const negated = (e: Evidence): boolean =>
    e.p.tokens.some((t, i) => NEGATION.test(t.text) && !qKeys.has(e.p.keys[i] ?? '')) ||
    /n't\b/.test(e.p.clean);
  const polarity = negated(first) !== q.negated;
  const support = full.filter((e) => (negated(e) !== q.negated) === polarity).map((e) => e.sentence);
  const said = statement(first, MAX_ANSWER_WORDS - 1);
  return { answer: `${polarity ? 'No' : 'Yes'}: ${said}`, support, confidence: first.coverage * 0.8 };
}
