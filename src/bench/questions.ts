import { lemma } from '../nlp/lemma.js';
import { NAME_CODES, POS } from '../nlp/posCodes.js';
import { tokenize } from '../nlp/tokenize.js';
import type { SentenceIndex } from '../search/store.js';

/** Questions per run: enough for a stable p99 (the 2nd worst of 200), few enough for 10k articles. */
export const QUESTION_COUNT = 200;

interface Word {
  text: string;
  code: string;
}

/** The sentence's tokens with the part-of-speech code stored for each at ingestion. */
function wordsOf(index: SentenceIndex, id: number): Word[] {
  const codes = index.pos[id] ?? '';
  const sentence = index.corpus.sentences[id];
  return sentence
    ? tokenize(sentence.clean).map((t, i) => ({ text: t.text, code: codes[i] ?? POS.other }))
    : [];
}

/** First run of name codes (a person's or place's full name), else undefined. */
function nameIn(words: Word[]): string | undefined {
  const start = words.findIndex((w, i) => i > 0 && (w.code === POS.person || w.code === POS.proper));
  if (start < 0) return undefined;
  let end = start;
  while (end < words.length && NAME_CODES.has(words[end]?.code ?? '')) end++;
  return words
    .slice(start, end)
    .map((w) => w.text)
    .join(' ');
}

/** Rough base form after "did": irregulars from the lexicon, else "-ed" off (the index stems both alike). */
function base(verb: string): string {
  const l = lemma(verb);
  if (l !== verb.toLowerCase()) return l;
  return verb.replace(/ied$/, 'y').replace(/ed$/, '');
}

const first = (words: Word[], code: string, from = 0): Word | undefined =>
  words.slice(from).find((w) => w.code === code && /^\p{L}{3,}/u.test(w.text));

/** The three question shapes of the brief, from one sentence's own words; undefined if it lacks them. */
function shape(kind: number, words: Word[]): string | undefined {
  const verbAt = words.findIndex((w) => w.code === POS.verb);
  const verb = words[verbAt];
  const noun = first(words, POS.noun, Math.max(verbAt, 0));
  if (kind === 0) return verb && noun ? `Who ${verb.text} the ${noun.text}?` : undefined;
  if (kind === 1) {
    const numAt = words.findIndex((w) => w.code === POS.number);
    const counted = numAt >= 0 ? first(words, POS.noun, numAt + 1) : undefined;
    if (!counted) return undefined;
    return verb ? `How many ${counted.text} were ${verb.text}?` : `How many ${counted.text} were there?`;
  }
  const name = nameIn(words);
  return name && verb && noun ? `Where did ${name} ${base(verb.text)} the ${noun.text}?` : undefined;
}

/**
 * A fixed question set built from the corpus' own tagged words, spread evenly over it:
 * "Who <verb> the <noun>?", "How many <noun> were <verb>?", "Where did <Name> <verb> the <noun>?".
 * Deterministic (no randomness: sentence order and stored tags only), so runs compare.
 */
export function buildQuestions(index: SentenceIndex, count = QUESTION_COUNT): string[] {
  const total = index.corpus.sentences.length;
  const seen = new Set<string>();
  const out: string[] = [];
  // Several passes so a small corpus (the 5 default articles) still yields enough distinct questions.
  for (let pass = 0; pass < 6 && out.length < count; pass++) {
    const step = Math.max(1, Math.floor(total / count));
    for (let i = pass; i < total && out.length < count; i += step) {
      const words = wordsOf(index, i);
      for (let k = 0; k < 3; k++) {
        const q = shape((i + pass + k) % 3, words);
        if (q && !seen.has(q)) {
          seen.add(q);
          out.push(q);
          break;
        }
      }
    }
  }
  // A tiny corpus may run out of distinct questions: repeat in order rather than change the count.
  for (let i = 0; out.length < count && i < out.length; i++) out.push(out[i] as string);
  return out;
}
