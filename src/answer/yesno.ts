import type { Sentence } from '../corpus/types.js';
import { termKey } from '../search/terms.js';
import type { Evidence } from './evidence.js';
import type { AnalyzedQuestion } from './question.js';

/** Only evidence that holds the whole question answers yes or no. */
const FULL = 0.75;
const NEGATION = /^(?:not|no|never|neither|nor|without|denied|refused|rejected|cannot|n't)$/i;

/**
 * "Did X do Y?": yes when a sentence states all of it, no when it states it negated
 * (a negation the question does not share). Anything less is not an answer.
 */
export function yesNo(
  q: AnalyzedQuestion,
  strong: readonly Evidence[],
): { answer: string; support: Sentence[]; confidence: number } | undefined {
  const qKeys = new Set(q.terms.map((t) => t.key));
  const full = strong.filter((e) => e.coverage >= FULL);
  const first = full[0];
  if (!first) return undefined;
  const negated = (e: Evidence): boolean =>
    e.p.tokens.some((t) => NEGATION.test(t.text) && !qKeys.has(termKey(t.text) ?? '')) ||
    /n't\b/.test(e.p.clean);
  const polarity = negated(first) !== q.negated;
  const support = full.filter((e) => (negated(e) !== q.negated) === polarity).map((e) => e.sentence);
  return { answer: polarity ? 'No' : 'Yes', support, confidence: first.coverage * 0.8 };
}
