import { NOUN_CODES, POS, VERB_CODES } from '../nlp/posCodes.js';
import { fold, type Token, tokenize } from '../nlp/tokenize.js';
import type { SentenceIndex } from '../search/store.js';
import { termKey } from '../search/terms.js';
import { idfOf } from './view.js';

/** The question word, refined where the words after it say more ("how many", "how long"). */
export type Wh =
  | 'who'
  | 'whose'
  | 'when'
  | 'where'
  | 'why'
  | 'which'
  | 'what'
  | 'how-many'
  | 'how-much'
  | 'how-long'
  | 'how-adj'
  | 'how'
  | 'yesno'
  | 'other';

/** A content word of the question, with what the answer features need to know of it. */
export interface QuestionTerm {
  key: string;
  /** Folded word as asked. */
  word: string;
  at: number;
  idf: number;
  /** Written with a capital inside the question, or an acronym: a name the evidence must hold. */
  name: boolean;
  number: boolean;
  /** The noun the wh-word asks about ("which river"): it describes the answer, not the topic. */
  head: boolean;
  verb: boolean;
  /** The word's code from the corpus lexicon (or guessed from its ending). */
  code: string;
  /** How many sentences of the corpus hold the key. */
  df: number;
}

export interface Question {
  text: string;
  tokens: Token[];
  words: string[];
  wh: Wh;
  /** Token of the wh-word, -1 for none. */
  whAt: number;
  /** "how old/far/tall": the adjective; the word after "how" otherwise. */
  howWord?: string;
  /** Folded head noun ("which river" → river; "what is the name of" → name). */
  head?: string;
  terms: QuestionTerm[];
  /** Sum of the terms' IDF: the weight a sentence must cover. */
  mass: number;
  /** The question asks for several things: a plural head ("which countries") or a count ("which two tugs"). */
  several: boolean;
  negated: boolean;
}

const WH = new Set(['who', 'whom', 'whose', 'what', 'which', 'where', 'when', 'why', 'how']);
const AUX = new Set(
  'is are was were be been being am do does did has have had will would can could should shall may might must'.split(
    ' ',
  ),
);
const COPULA = new Set(['is', 'are', 'was', 'were']);
const DETERMINER = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
]);
const OF_PHRASE = new Set([
  'kind',
  'type',
  'sort',
  'form',
  'variety',
  'style',
  'group',
  'sorts',
  'types',
  'kinds',
]);
/** A folded word that negates: "not", "never", "didn't" (folded to didnt)… */
export const NEGATION_WORDS =
  /^(?:not|never|no|nor|neither|none|cannot|(?:do|does|did|is|are|was|were|has|have|had|could|would|should|ca|wo)nt)$/;
const SEVERAL = /^(?:two|three|four|five|six|both|several)$/;
const HOW: Record<string, Wh> = { many: 'how-many', much: 'how-much', long: 'how-long' };
const PREPOSITIONS = new Set(
  'of in on at from with for to by among between about into over under after before during since around through within against per as'.split(
    ' ',
  ),
);

/** A question word's code from the corpus lexicon, else guessed from its ending. */
function codeOf(word: string, lex: Record<string, string>): string {
  const known = lex[word];
  if (known) return known;
  if (/ed$/.test(word)) return POS.past;
  if (/ing$/.test(word)) return POS.gerund;
  if (/s$/.test(word)) return POS.plural;
  return POS.noun;
}

const nounish = (code: string): boolean =>
  NOUN_CODES.has(code) || code === POS.proper || code === POS.adjective || code === POS.other;

/** The noun a what/which question asks about: the last noun of the phrase after the wh-word. */
function headAfter(words: readonly string[], from: number, lex: Record<string, string>): number | undefined {
  let i = from;
  // "What is the largest city…", "What was the name of…": the copula's noun is the head.
  if (COPULA.has(words[i] ?? '') && DETERMINER.has(words[i + 1] ?? '')) i += 2;
  else if (AUX.has(words[i] ?? '')) return undefined;
  if (OF_PHRASE.has(words[i] ?? '') && words[i + 1] === 'of') i += 2;
  let head: number | undefined;
  for (; i < words.length; i++) {
    const w = words[i] ?? '';
    if (AUX.has(w) || PREPOSITIONS.has(w) || WH.has(w)) break;
    const code = codeOf(w, lex);
    if (head !== undefined && (VERB_CODES.has(code) || code === POS.aux)) break;
    if (nounish(code) || head === undefined) head = i;
  }
  return head;
}

function whOf(words: readonly string[]): { wh: Wh; at: number; howWord?: string } {
  const at = words.findIndex((w) => WH.has(w));
  if (at < 0) return { wh: AUX.has(words[0] ?? '') ? 'yesno' : 'other', at: -1 };
  const w = words[at] ?? '';
  if (w === 'whom') return { wh: 'who', at };
  if (w !== 'how') return { wh: w as Wh, at };
  const next = words[at + 1] ?? '';
  const refined = HOW[next];
  if (refined) return { wh: refined, at, howWord: next };
  if (next && !AUX.has(next)) return { wh: 'how-adj', at, howWord: next };
  return { wh: 'how', at };
}

/**
 * Reads a question into the parts the answer model looks at: the wh-word and its head noun,
 * and every content word with its weight (IDF over the corpus's sentences).
 */
export function readQuestion(index: SentenceIndex, text: string): Question {
  const tokens = tokenize(text);
  const words = tokens.map((t) => fold(t.text));
  const { wh, at: whAt, howWord } = whOf(words);
  const headAt = wh === 'what' || wh === 'which' ? headAfter(words, whAt + 1, index.lex) : undefined;
  const skip = new Set<number>([whAt]);
  if (howWord !== undefined) skip.add(whAt + 1);
  const terms: QuestionTerm[] = [];
  tokens.forEach((t, at) => {
    if (skip.has(at)) return;
    const key = termKey(t.text);
    if (key === null) return;
    const word = words[at] ?? '';
    const capital = /^\p{Lu}/u.test(t.text) && at > 0;
    terms.push({
      key,
      word,
      at,
      idf: idfOf(index, key),
      name: capital || /^\p{Lu}{2,}$/u.test(t.text),
      number: /\d/.test(t.text),
      head: at === headAt,
      verb: at !== headAt && !capital && VERB_CODES.has(codeOf(word, index.lex)),
      code: codeOf(word, index.lex),
      df: index.df.get(key) ?? 0,
    });
  });
  return {
    text,
    tokens,
    words,
    wh,
    whAt,
    ...(howWord !== undefined ? { howWord } : {}),
    ...(headAt !== undefined ? { head: words[headAt] ?? '' } : {}),
    terms,
    mass: terms.reduce((s, t) => s + t.idf, 0),
    several:
      (headAt !== undefined && codeOf(words[headAt] ?? '', index.lex) === POS.plural) ||
      words.some((w) => SEVERAL.test(w)),
    negated: words.some((w) => NEGATION_WORDS.test(w)),
  };
}
