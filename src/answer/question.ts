import { lemma, stem } from '../nlp/lemma.js';
import { NAME_CODES, POS } from '../nlp/posCodes.js';
import { GENERIC_NOUNS, LIGHT_VERBS, STOP_WORDS } from '../nlp/stopwords.js';
import { fold, type Token, tokenize } from '../nlp/tokenize.js';

import { termKey } from '../search/terms.js';

/** The kind of span that answers a question. */
export type Expect =
  | 'person'
  | 'place'
  | 'org'
  | 'name'
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
  /** Weight in the coverage: type nouns ("what date", "which company") say little about the topic. */
  weight: number;
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
  /** Keys of names the question excludes ("outside Europe"): answers must not be them. */
  excluded: string[];
  /** The key of what is counted or named ("how many children" → child). */
  headKey?: string;
  /** The head noun as written (lower-case). */
  headWord?: string;
  /** "How tall/far/long…": the number must carry a unit. */
  measure: boolean;
  /** "Where might…", "Who will…": the question is about what may or will happen. */
  prospective: boolean;
  /** "How often…": the answer is a frequency ("every 48 hours"). */
  frequency: boolean;
}

export const GENERIC_KEYS = new Set([...GENERIC_NOUNS, ...LIGHT_VERBS].map(stem));
const NOUN_PLURALS = new Set(['children', 'people', 'men', 'women', 'lives']);
const AUX = new Set(
  'is are was were be been do does did has have had will would can could should shall may might must'.split(
    ' ',
  ),
);
const PERSON_NOUNS =
  /^(?:person|people|man|woman|official|leader|president|minister|general|admiral|chair|chairman|head|chief|commander|spokesman|spokesperson|author|captain|pilot|astronaut|engineer|officer|secretary|diplomat|envoy|ambassador|judge|governor|mayor|king|queen|senator|firefighter|worker|representative|founder|ceo|director|member)s?$/;
const PLACE_NOUNS =
  /^(?:place|city|cities|country|countries|nation|location|venue|town|region|state|site|capital|port|area|continent|province|island|canal|river|desert|mountain|sea|ocean|village|district|street|building|hospital|airport|prison|camp|base|county|valley|lake|coast|border|territory|territories|destination|harbou?r)s?$/;
const DATE_NOUNS = /^(?:date|day|year|month|time|week|decade|century)s?$/;
const ORG_NOUNS =
  /^(?:company|companies|firm|organization|organisation|agency|newspaper|paper|outlet|group|party|team|airline|bank|operator|university|court|ministry|department|body|institution|broadcaster|network|alliance|union|authority|authorities|insurer|manufacturer|contractor)s?$/;
const NAME_NOUNS = /^(?:name|title|nickname)s?$/;
/** A noun that names a person by role ("official", "leaders", "spokesman", "rescuer"). */
export const isPersonNoun = (w: string): boolean =>
  PERSON_NOUNS.test(w) ||
  /^(?:source|official|expert|analyst|witness|resident|survivor|victim)s?$/.test(w) ||
  /^\p{L}{3,}(?:or|ist|ian|ator|eer)s?$/u.test(w);
/** "the next summit", "the first secretary general": the qualifier is what the question is about. */
const QUALIFIERS =
  /^(?:next|previous|last|first|former|founding|initial|upcoming|future|second|third|latest|earlier)$/;
const NUMBER_NOUNS =
  /^(?:share|percentage|proportion|fraction|rate|amount|total|sum|figure|cost|price|value|toll|tally|count|population|size|height|length|width|weight|area|budget|gdp|salary|revenue|distance|depth|speed)s?$/;
const isTypeNoun = (w: string): boolean =>
  [PERSON_NOUNS, PLACE_NOUNS, DATE_NOUNS, ORG_NOUNS, NAME_NOUNS, NUMBER_NOUNS].some((r) => r.test(w));
// Words after which a name is excluded from the answer rather than required in the evidence.
const EXCLUDING = new Set(['outside', 'except', 'besides', 'excluding', 'beyond']);

function expectFrom(words: string[], headWord: string | undefined): { expect: Expect; plural: boolean } {
  const [w0 = '', w1 = ''] = words;
  const plural = headWord !== undefined && /s$/.test(headWord) && !/ss$/.test(headWord);
  const typed = (h: string | undefined): Expect | undefined =>
    h === undefined
      ? undefined
      : PERSON_NOUNS.test(h) || (/(?:er|or|ist|ian)s?$/.test(h) && !PLACE_NOUNS.test(h) && !ORG_NOUNS.test(h))
        ? 'person'
        : PLACE_NOUNS.test(h)
          ? 'place'
          : DATE_NOUNS.test(h)
            ? 'date'
            : ORG_NOUNS.test(h)
              ? 'org'
              : NAME_NOUNS.test(h)
                ? 'name'
                : NUMBER_NOUNS.test(h)
                  ? 'number'
                  : undefined;
  if (w0 === 'who' || w0 === 'whom' || w0 === 'whose') return { expect: 'person', plural: false };
  if (w0 === 'where') return { expect: 'place', plural: false };
  if (w0 === 'when') return { expect: 'date', plural: false };
  if (w0 === 'why') return { expect: 'reason', plural: false };
  if (w0 === 'how') {
    if (/^(?:many|much|old|far|big|tall|high|deep|wide|large|heavy|fast|often|close|near)$/.test(w1))
      return { expect: 'number', plural: false };
    if (w1 === 'long') return { expect: 'duration', plural: false };
    return { expect: 'clause', plural: false };
  }
  if (w0 === 'which' || w0 === 'what') return { expect: typed(headWord) ?? 'clause', plural };
  if (AUX.has(w0)) return { expect: 'yesno', plural: false };
  return { expect: 'clause', plural: false };
}

/**
 * A question word's class from the corpus lexicon, trying its inflections ("warn" is in the
 * corpus only as "warned"). After "did X …", the last word is the verb.
 */
function codeOf(w: string, lex: Record<string, string>, lastAfterAux: boolean): string | undefined {
  const direct = lex[w];
  if (direct !== undefined && !(lastAfterAux && direct !== POS.verb && !NAME_CODES.has(direct)))
    return direct;
  for (const form of [`${w}ed`, `${w}d`, `${w}s`, `${w}es`, `${w}ing`, w.replace(/e$/, 'ing')]) {
    if (lex[form] === POS.verb) return POS.verb;
  }
  return lastAfterAux && direct === undefined ? POS.verb : direct;
}

const PREPOSITIONS = new Set(
  'of in on at from with for to by among between about outside inside near into over under after before during since around across through throughout within without against toward towards per'.split(
    ' ',
  ),
);
const DETERMINERS = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|some|any|each)$/;
const PARTICLES = /^(?:out|up|off|down|on|in|about|over|back|away)$/;
const SUBORDINATORS = /^(?:once|when|after|before|while|because|if|as|since|until|whereas|although)$/;

/**
 * The head noun of "which/what …": the last word of the noun phrase after the wh-word
 * ("which two national leaders are" → leaders; "what was the name of" → name).
 */
function headOf(words: readonly string[], lex: Record<string, string>): number | undefined {
  let i = 1;
  if (/^(?:kind|type|sort|form)$/.test(words[1] ?? '') && words[2] === 'of') i = 3;
  if (words[1] === 'of' && DETERMINERS.test(words[2] ?? '')) i = 3;
  if (AUX.has(words[i] ?? '') && DETERMINERS.test(words[i + 1] ?? '') && words[i + 3] === 'of') return i + 2;
  // "Which was the last Apollo mission to …": the phrase after the copula and article.
  if (/^(?:is|are|was|were)$/.test(words[i] ?? '') && DETERMINERS.test(words[i + 1] ?? '')) i += 2;
  let head: number | undefined;
  const first = i;
  for (; i < words.length; i++) {
    const w = words[i] ?? '';
    // A finite verb ends the phrase; an -ing word before a noun is a modifier ("shipping company").
    // The word right after "what/which" is a noun whatever the lexicon says ("what date was…").
    const past = /ed$/.test(w) && lex[w] === POS.verb; // "What forced rescuers…": a past verb, not a noun
    const verb =
      past ||
      (i > first &&
        ((lex[w] === POS.verb && !w.endsWith('ing')) || (lemma(w) !== w && !NOUN_PLURALS.has(w))));
    if (AUX.has(w) || PREPOSITIONS.has(w) || verb) break;

    if (!STOP_WORDS.has(w)) head = i;
  }
  return head;
}

/**
 * The relation verb of a question with do-support ("What did Lavrov warn?", "Which territory
 * did Russia annex in 2014?"): the question's last word when it is a lower-case verb, else the
 * first lower-case content word after the subject.
 */
function doSupportVerb(
  toks: readonly Token[],
  words: readonly string[],
  lex: Record<string, string>,
): number | undefined {
  const k = words.findIndex(
    (w, i) => i > 0 && /^(?:did|does|do|will|would|can|could|should|might|may|must)$/.test(w),
  );
  if (k < 0) return undefined;
  const content = (i: number): boolean =>
    !/^\p{Lu}/u.test(toks[i]?.text ?? '') &&
    !/\d/.test(words[i] ?? '') &&
    !STOP_WORDS.has(words[i] ?? '') &&
    !DETERMINERS.test(words[i] ?? '');
  // "What did X say once the ship was freed?": the verb comes before a subordinate clause.
  const sub = words.findIndex((w, i) => i > k + 1 && SUBORDINATORS.test(w));
  let last = (sub > 0 ? sub : words.length) - 1;
  while (last > k && PARTICLES.test(words[last] ?? '')) last--;
  if (last > k + 1 && content(last) && (lex[words[last] ?? ''] ?? POS.verb) === POS.verb) return last;
  const after = [...Array(words.length - k - 1).keys()].map((j) => j + k + 1).filter(content);
  return (
    after.find((i) => lex[words[i] ?? ''] === POS.verb) ??
    after.find((i) => lex[words[i] ?? ''] === undefined && !NOUN_PLURALS.has(words[i] ?? ''))
  );
}

/**
 * The participle of a passive question ("On what date was the Dawn report published?",
 * "Where were the rescued men taken?"): the last participle after a form of "be".
 */
function passiveVerb(toks: readonly Token[], words: readonly string[]): number | undefined {
  const be = words.findIndex((w, i) => i > 0 && /^(?:was|were|is|are|been|be)$/.test(w));
  if (be < 0) return undefined;
  const sub = words.findIndex((w, i) => i > be + 1 && SUBORDINATORS.test(w));
  for (let i = (sub > 0 ? sub : words.length) - 1; i > be + 1; i--) {
    const w = words[i] ?? '';
    if (DETERMINERS.test(words[i - 1] ?? '') || /^\p{Lu}/u.test(toks[i]?.text ?? '')) continue;
    if (/(?:ed|en)$/.test(w) || (lemma(w) !== w && !NOUN_PLURALS.has(w))) return i;
  }
  return undefined;
}

/**
 * Reads a question: what kind of answer it wants, its head noun and relation verb, and which
 * of its words the evidence must contain. Word classes come from the corpus lexicon.
 */
export function analyzeQuestion(text: string, lex: Record<string, string>): AnalyzedQuestion {
  const toks = tokenize(text);
  let words = toks.map((t) => fold(t.text));
  // "In which city…", "After how many days…", "According to X, how…": start at the wh-word.
  const whAt = words
    .slice(0, 8)
    .findIndex((w) => /^(?:who|whom|whose|what|which|where|when|why|how)$/.test(w));
  if (whAt > 0) words = words.slice(whAt);
  const offset = toks.length - words.length;
  const w0 = words[0] ?? '';
  const wh = /^(?:who|whom|whose|what|which|where|when|why|how)$/.test(w0);
  // Head noun: "which countries", "what kind of security force" → the noun after the wh-word.
  let headIdx: number | undefined;
  if (w0 === 'how' && /^(?:many|much)$/.test(words[1] ?? '')) {
    // The counted noun is the last word before the verb: "how many NATO countries were…" → countries.
    let i = 2;
    while (
      i + 1 < words.length &&
      !AUX.has(words[i + 1] ?? '') &&
      !PREPOSITIONS.has(words[i + 1] ?? '') &&
      lex[words[i + 1] ?? ''] !== POS.verb
    )
      i++;
    if (i < words.length && !AUX.has(words[i] ?? '')) headIdx = i;
  }
  if (w0 === 'what' || w0 === 'which') headIdx = headOf(words, lex);
  // "Who is the president of France?": the noun before "of" is the relation asked about.
  if (w0 === 'who' && /^(?:is|was|are|were)$/.test(words[1] ?? '') && DETERMINERS.test(words[2] ?? '')) {
    const of = words.indexOf('of', 3);
    if (of > 3) headIdx = of - 1;
  }
  const called = /\b(?:called|named|dubbed|known as)\W*$/i.test(text);
  const { expect: expected, plural } = expectFrom(
    words,
    w0 === 'how' ? undefined : headIdx !== undefined ? words[headIdx] : undefined,
  );
  const auxAt1 = AUX.has(words[1] ?? '');
  // "Who owns…", "Who leads…": after "who", a word that is not an auxiliary is the verb.
  const whoVerb =
    w0 === 'who' && words[1] && !AUX.has(words[1]) && !DETERMINERS.test(words[1]) ? 1 : undefined;
  const verbIdx = wh
    ? (whoVerb ?? doSupportVerb(toks.slice(offset), words, lex) ?? passiveVerb(toks.slice(offset), words))
    : undefined;
  const terms: QuestionTerm[] = [];
  let excluding = false;
  const excluded: string[] = [];
  let lastVerb: QuestionTerm | undefined;
  toks.slice(offset).forEach((tok, i) => {
    const w = words[i] ?? '';
    // "30-nation" is asked as "30" and "nation": articles write "30 countries" or "30-nation".
    if (/\p{L}-|-\p{L}/u.test(tok.text) && i !== headIdx) {
      for (const part of tok.text.split('-')) {
        const key = termKey(part);
        if (key !== null)
          terms.push({
            key,
            word: part,
            required: /\d/.test(part) && !excluding,
            proper: /\d/.test(part),
            role: 'other',
            weight: 1,
          });
      }
      return;
    }
    if (EXCLUDING.has(w)) {
      excluding = true;
      return;
    }
    if (i === 0 && wh) return;
    // "how tall/far/long/many": the second word sets the kind of answer, it is not a topic word.
    if (i === 1 && w0 === 'how') return;

    const key = termKey(tok.text);
    if (key === null) return;
    const code = codeOf(w, lex, i === words.length - 1 && auxAt1);
    const capital = /^\p{Lu}/u.test(tok.text) && i > 0;
    const proper =
      i !== headIdx &&
      // A name is written with a capital (or is a number); the lexicon alone would make "space" a name.
      (/\d/.test(tok.text) || (capital && (code === undefined || code !== POS.title)));
    const verbish =
      code === POS.verb ||
      (code === undefined && (/(?:ed|ing)$/.test(w) || (lemma(w) !== w && !NOUN_PLURALS.has(w))));
    // "the trapped men": a participle after a determiner describes, it is not the relation asked about.
    const adjectival = /^(?:the|a|an|these|those|its|their|his|her|our|this|that)$/.test(words[i - 1] ?? '');
    const role =
      i === headIdx
        ? 'head'
        : i === verbIdx || (verbish && !proper && !adjectival && verbIdx === undefined)
          ? 'verb'
          : 'other';
    const generic = GENERIC_KEYS.has(key);
    const term: QuestionTerm = {
      key,
      word: tok.text,
      // Words of the wh-phrase ("which Danish shipping company") describe the answer: not required.
      required:
        (!excluding && !generic && proper && !(headIdx !== undefined && i < headIdx)) || QUALIFIERS.test(w),
      proper: proper && !excluding,
      role,
      weight: (i === headIdx && isTypeNoun(w)) || generic ? 0.3 : 1,
    };
    if (excluding && proper) {
      excluded.push(key);
      return;
    }
    if (role === 'verb' && !generic) lastVerb ??= term;
    terms.push(term);
  });
  // The relation is the first content verb ("Who held follow-up talks", "Which miner handed out rocks").
  if (lastVerb) lastVerb.required = true;
  // Without a content verb ("What is the capital of X?") the head noun is the relation itself.
  const head = terms.find((t) => t.role === 'head');
  const copular = headIdx !== undefined && AUX.has(words[headIdx - 2] ?? '');
  if (!lastVerb && head && !GENERIC_KEYS.has(head.key) && (copular || !isTypeNoun(head.word.toLowerCase()))) {
    head.required = true;
    head.weight = 1;
  }

  const negated = words.some((w) => w === 'not' || w === "n't" || w === 'never' || /n't$/.test(w));
  const headKey = headIdx !== undefined ? (termKey(words[headIdx] ?? '') ?? undefined) : undefined;
  const expect = called && (expected === 'clause' || expected === 'name') ? 'name' : expected;
  const measure =
    w0 === 'how' && /^(?:tall|high|far|deep|wide|long|large|big|heavy|fast|close|near)$/.test(words[1] ?? '');
  return {
    text,
    expect,
    plural,
    terms,
    asksObject: wh && (auxAt1 || (verbIdx !== undefined && verbIdx !== whoVerb)),
    negated,
    headKey,
    headWord: headIdx !== undefined ? words[headIdx] : undefined,
    measure,
    excluded,
    prospective: words.some((w) =>
      /^(?:might|could|may|will|would|should|next|upcoming|planned|future)$/.test(w),
    ),
    frequency: w0 === 'how' && words[1] === 'often',
  };
}
