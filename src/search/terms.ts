import { LEMMA_RULES, stem } from '../nlp/lemma.js';
import { STOP_WORDS } from '../nlp/stopwords.js';
import { fold, tokenize } from '../nlp/tokenize.js';

/** The index key of a token, or null for stop words: shared by indexing and querying. */
export function termKey(word: string): string | null {
  const w = fold(word);
  // Acronyms (US, U.S., UK) are names, not the stop words they fold to.
  if (/^\p{Lu}(?:\.?\p{Lu})+\.?$/u.test(word)) return w;
  if (w.length === 0 || STOP_WORDS.has(w)) return null;
  return stem(w);
}

/** Everything that decides index keys, as text: cached indexes built under other rules are not reused. */
export const KEY_RULES = `${[...STOP_WORDS].join(' ')}|${LEMMA_RULES}`;

/** Index keys of a text, in order, without stop words. */
export const termsOf = (text: string): string[] =>
  tokenize(text)
    .map((t) => termKey(t.text))
    .filter((k): k is string => k !== null);
