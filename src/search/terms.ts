import { LEMMA_RULES, stem } from '../nlp/lemma.js';
import { STOP_WORDS } from '../nlp/stopwords.js';
import { fold, tokenize } from '../nlp/tokenize.js';

function keyOf(word: string): string | null {
  const w = fold(word);
  // Acronyms (US, U.S., UK) are names, not the stop words they fold to.
  if (/^\p{Lu}(?:\.?\p{Lu})+\.?$/u.test(word)) return w;
  if (w.length === 0 || STOP_WORDS.has(w)) return null;
  return stem(w);
}

/** Words seen (news vocabulary is Zipfian: most lookups hit); emptied when it grows this big. */
const KEYS_KEPT = 200_000;
const known = new Map<string, string | null>();

/**
 * The index key of a token, or null for stop words: shared by indexing and querying.
 * Remembered per word, since stemming is the costly part of keying a sentence.
 */
export function termKey(word: string): string | null {
  let key = known.get(word);
  if (key === undefined) {
    key = keyOf(word);
    if (known.size >= KEYS_KEPT) known.clear();
    known.set(word, key);
  }
  return key;
}

/** Everything that decides index keys, as text: cached indexes built under other rules are not reused. */
export const KEY_RULES = `${[...STOP_WORDS].join(' ')}|${LEMMA_RULES}|hyphen-parts`;

/**
 * Index keys of a text, in order, without stop words. A hyphenated word is also indexed by
 * its parts, so "the Putin-Zelenskyy summit" is found by "Putin" and by "Zelenskyy".
 */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const key = termKey(t.text);
    if (key !== null) out.push(key);
    if (!/\p{L}[-‐]\p{L}/u.test(t.text)) continue;
    for (const part of t.text.split(/[-‐]/)) {
      const k = termKey(part);
      if (k !== null && k !== key) out.push(k);
    }
  }
  return out;
}
