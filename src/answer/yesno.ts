import type { SentenceMatch } from './match.js';
import { NEGATION_WORDS, type Question } from './question.js';

/** Below this share of the question held, a sentence says nothing about it either way. */
const HOLDS = 0.6;
const MAX_QUOTE = 11;

/** The stretch of the sentence that states it, from the first matched word (or negation) to the last. */
function statement(m: SentenceMatch): string {
  const neg = m.v.words.findIndex((w) => NEGATION_WORDS.test(w));
  const at = [...m.matched, ...(neg >= 0 ? [neg] : [])];
  const from = Math.min(...at);
  const to = Math.min(Math.max(...at), from + MAX_QUOTE - 1);
  const a = m.v.tokens[from];
  const b = m.v.tokens[to];
  return a && b ? m.v.sentence.clean.slice(a.start, b.end) : '';
}

/**
 * "Did X do Y?": yes when a sentence states it, no when it states it negated (a negation the
 * question does not share). The answer quotes the words that say so: "No: no time frame has been set".
 */
export function yesNo(
  q: Question,
  matches: readonly SentenceMatch[],
): { answer: string; support: SentenceMatch[]; confidence: number } | undefined {
  const full = matches.filter((m) => m.coverage >= HOLDS && m.matched.length > 0);
  const first = full.sort((a, b) => b.coverage - a.coverage || a.r.rank - b.r.rank)[0];
  if (!first) return undefined;
  const negated = (m: SentenceMatch): boolean => m.v.words.some((w) => NEGATION_WORDS.test(w));
  const no = negated(first) !== q.negated;
  const support = full.filter((m) => (negated(m) !== q.negated) === no);
  return { answer: `${no ? 'No' : 'Yes'}: ${statement(first)}`, support, confidence: first.coverage * 0.8 };
}
