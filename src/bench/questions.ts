import { lemma } from '../nlp/lemma.js';
import { NOUN_CODES, NUMBER_CODES, POS, VERB_CODES } from '../nlp/posCodes.js';
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

const isWord = (w: Word | undefined): w is Word => !!w && /^\p{L}{3,}$/u.test(w.text);

/** A person's full name: a person-tagged word and the person/proper words right after it (no titles). */
function personIn(words: Word[]): { name: string; end: number } | undefined {
  const start = words.findIndex((w) => w.code === POS.person && isWord(w));
  if (start < 0) return undefined;
  let end = start + 1;
  while (isWord(words[end]) && (words[end]?.code === POS.person || words[end]?.code === POS.proper)) end++;
  const name = words
    .slice(start, end)
    .map((w) => w.text)
    .join(' ');
  return { name, end };
}

/** Index of the first verb from `from` on, preferring a past form ("convened", "held") as news uses. */
function verbAt(words: Word[], from = 0): number {
  const verbs = [...words.keys()].filter(
    (i) => i >= from && VERB_CODES.has(words[i]?.code ?? '') && isWord(words[i]),
  );
  const past = verbs.find((i) => {
    const t = words[i]?.text ?? '';
    return /ed$/.test(t) || lemma(t) !== t.toLowerCase();
  });
  return past ?? verbs.find((i) => !/ing$/.test(words[i]?.text ?? '')) ?? -1;
}

/** Base form after "did": irregulars from the lexicon, else a rule for "-ed" (the index stems both alike). */
function base(verb: string): string {
  const l = lemma(verb);
  if (l !== verb.toLowerCase()) return l;
  if (/ied$/.test(verb)) return verb.replace(/ied$/, 'y');
  if (/([bdgmnprt])\1ed$/.test(verb)) return verb.slice(0, -3); // committed → commit
  if (/(?:[^aeiou][aeiou][^aeiouwy]|[cgsvz])ed$/.test(verb)) return verb.slice(0, -1); // convened → convene
  return verb.replace(/ed$/, '');
}

const nounAfter = (words: Word[], from: number): Word | undefined =>
  words.slice(Math.max(from, 0) + 1).find((w) => NOUN_CODES.has(w.code) && isWord(w));

/** The three question shapes of the brief, from one sentence's own words; undefined if it lacks them. */
function shape(kind: number, words: Word[]): string | undefined {
  if (kind === 0) {
    const v = verbAt(words);
    const noun = nounAfter(words, v);
    return v >= 0 && noun ? `Who ${words[v]?.text} the ${noun.text}?` : undefined;
  }
  if (kind === 1) {
    const numAt = words.findIndex((w) => NUMBER_CODES.has(w.code));
    const counted = numAt >= 0 ? nounAfter(words, numAt) : undefined;
    if (!counted) return undefined;
    const v = verbAt(words, numAt);
    const verb = words[v]?.text;
    return verb && /ed$/.test(verb)
      ? `How many ${counted.text} were ${verb}?`
      : `How many ${counted.text} were there?`;
  }
  const person = personIn(words);
  const v = person ? verbAt(words, person.end) : -1;
  const noun = nounAfter(words, v);
  const verb = words[v]?.text;
  return person && verb && noun ? `Where did ${person.name} ${base(verb)} the ${noun.text}?` : undefined;
}

/**
 * A fixed question set built from the corpus' own tagged words, spread evenly over it:
 * "Who <verb> the <noun>?", "How many <noun> were <verb>?", "Where did <Name> <verb> the <noun>?".
 * Deterministic (no randomness: sentence order and stored tags only), so runs compare.
 * Distinct questions only: fewer than `count` on a tiny corpus.
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
  return out;
}

/** A tiny corpus may run out of distinct questions: repeat in order rather than change the count. */
const padTo = (list: string[], count: number): string[] =>
  Array.from({ length: list.length ? count : 0 }, (_, i) => list[i % list.length] as string);

/** Questions to warm the JIT with, and the timed ones, which (on a big enough corpus) it has not seen. */
export interface QuestionSet {
  warmup: string[];
  timed: string[];
}

/**
 * Two interleaved halves of one spread-out list: the engine prepares each sentence on first use,
 * so timing questions already asked would measure that cache, not answering a new question.
 */
export function questionSet(index: SentenceIndex, count = QUESTION_COUNT): QuestionSet {
  const all = buildQuestions(index, 2 * count);
  return {
    warmup: padTo(
      all.filter((_, i) => i % 2 === 1),
      count,
    ),
    timed: padTo(
      all.filter((_, i) => i % 2 === 0),
      count,
    ),
  };
}
