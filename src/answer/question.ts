import { lemma } from '../nlp/lemma.js';
import { NAME_CODES, POS } from '../nlp/posCodes.js';
import { GENERIC_NOUNS, LIGHT_VERBS, STOP_WORDS } from '../nlp/stopwords.js';
import { fold, tokenize } from '../nlp/tokenize.js';
import { termKey } from '../search/terms.js';

/** The kind of span that answers a question. */
export type Expect =
  | 'person'
  | 'place'
  | 'date'
  | 'number'
  | 'duration'
  | 'quote'
  | 'clause'
  | 'reason'
  | 'yesno';

export interface QuestionTerm {
  key: string;
  word: string;
  /** Names, numbers and the relation: the evidence must contain them. */
  required: boolean;
  proper: boolean;
  role: 'verb' | 'head' | 'other';
}

export interface AnalyzedQuestion {
  text: string;
  expect: Expect;
  /** The question asks for several items ("Which countries …"). */
  plural: boolean;
  terms: QuestionTerm[];
  /** "What did X do" asks for the object; "What did X" = subject question when false. */
  asksObject: boolean;
  negated: boolean;
}

const AUX = new Set(
  'is are was were be been do does did has have had will would can could should shall may might must'.split(
    ' ',
  ),
);
const PERSON_NOUNS =
  /^(?:person|people|man|woman|official|leader|president|minister|general|admiral|chair|chairman|head|chief|commander|spokesman|spokesperson|author|captain|pilot|astronaut|engineer|officer|secretary|diplomat|envoy|ambassador|judge|governor|mayor|king|queen|senator|firefighter|worker|representative|founder|ceo|director|member)s?$/;
const PLACE_NOUNS =
  /^(?:place|city|cities|country|countries|nation|location|venue|town|region|state|site|capital|port|area|continent|province|island|canal|river)s?$/;
const DATE_NOUNS = /^(?:date|day|year|month|time|week|decade|century)s?$/;
// Words after which a name is excluded from the answer rather than required in the evidence.
const EXCLUDING = new Set(['outside', 'except', 'besides', 'excluding', 'beyond']);

function expectFrom(words: string[], headWord: string | undefined): { expect: Expect; plural: boolean } {
  const [w0 = '', w1 = ''] = words;
  const plural = headWord !== undefined && /s$/.test(headWord) && !/ss$/.test(headWord);
  const typed = (h: string | undefined): Expect | undefined =>
    h === undefined
      ? undefined
      : PERSON_NOUNS.test(h)
        ? 'person'
        : PLACE_NOUNS.test(h)
          ? 'place'
          : DATE_NOUNS.test(h)
            ? 'date'
            : undefined;
  if (w0 === 'who' || w0 === 'whom' || w0 === 'whose') return { expect: 'person', plural: false };
  if (w0 === 'where') return { expect: 'place', plural: false };
  if (w0 === 'when') return { expect: 'date', plural: false };
  if (w0 === 'why') return { expect: 'reason', plural: false };
  if (w0 === 'how') {
    if (w1 === 'many' || w1 === 'much' || w1 === 'old' || w1 === 'far' || w1 === 'big')
      return { expect: 'number', plural: false };
    if (w1 === 'long') return { expect: 'duration', plural: false };
    return { expect: 'clause', plural: false };
  }
  if (w0 === 'which' || w0 === 'what') return { expect: typed(headWord) ?? 'clause', plural };
  if (AUX.has(w0)) return { expect: 'yesno', plural: false };
  return { expect: 'clause', plural: false };
}

/**
 * Reads a question: what kind of answer it wants, its head noun and relation verb, and which
 * of its words the evidence must contain. Word classes come from the corpus lexicon.
 */
export function analyzeQuestion(text: string, lex: Record<string, string>): AnalyzedQuestion {
  const toks = tokenize(text);
  let words = toks.map((t) => fold(t.text));
  // "In which city…", "On what date…": the preposition does not change the question.
  while (words.length > 1 && /^(?:in|on|at|by|for|to|from|during|since|of|and|so)$/.test(words[0] ?? ''))
    words = words.slice(1);
  const offset = toks.length - words.length;
  const w0 = words[0] ?? '';
  const wh = /^(?:who|whom|whose|what|which|where|when|why|how)$/.test(w0);
  // Head noun: "which countries", "what kind of security force" → the noun after the wh-word.
  let headIdx: number | undefined;
  if (w0 === 'what' || w0 === 'which') {
    let i = 1;
    if (/^(?:kind|type|sort)$/.test(words[1] ?? '') && words[2] === 'of') i = 3;
    while (i < words.length && lex[words[i] ?? ''] === POS.adjective) i++;
    if (i < words.length && !AUX.has(words[i] ?? '') && !STOP_WORDS.has(words[i] ?? '')) headIdx = i;
  }
  const { expect, plural } = expectFrom(words, headIdx !== undefined ? words[headIdx] : undefined);
  const auxAt1 = AUX.has(words[1] ?? '');
  const terms: QuestionTerm[] = [];
  let excluding = false;
  let lastVerb: QuestionTerm | undefined;
  toks.slice(offset).forEach((tok, i) => {
    const w = words[i] ?? '';
    if (EXCLUDING.has(w)) excluding = true;
    if (i === 0 && wh) return;
    const key = termKey(tok.text);
    if (key === null) return;
    const code = lex[w];
    const capital = /^\p{Lu}/u.test(tok.text) && i > 0;
    const proper =
      /\d/.test(tok.text) || capital || (code !== undefined && NAME_CODES.has(code) && code !== POS.title);
    const verbish = code === POS.verb || (code === undefined && /(?:ed|ing)$/.test(w)) || lemma(w) !== w;
    const role = i === headIdx ? 'head' : verbish && !proper ? 'verb' : 'other';
    const generic = GENERIC_NOUNS.has(lemma(w)) || LIGHT_VERBS.has(lemma(w));
    const term: QuestionTerm = {
      key,
      word: tok.text,
      required: !excluding && !generic && (proper || role === 'head'),
      proper: proper && !excluding,
      role,
    };
    if (excluding && proper) return;
    if (role === 'verb' && !generic) lastVerb = term;
    terms.push(term);
  });
  // The relation is the last content verb ("Who held follow-up talks", "What did Lavrov warn").
  if (lastVerb) lastVerb.required = true;
  const negated = words.some((w) => w === 'not' || w === "n't" || w === 'never' || /n't$/.test(w));
  return { text, expect, plural, terms, asksObject: wh && auxAt1, negated };
}
