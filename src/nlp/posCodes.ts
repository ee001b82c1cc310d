/**
 * One character per token says what the token is. Stored per sentence at ingestion so that
 * answering needs no tagger: a run of the same entity code is one entity. The classes are
 * fine enough for the answer model's type features (past tense, plural, ordinal, money).
 */
export const POS = {
  person: 'P',
  title: 'H',
  place: 'L',
  org: 'O',
  proper: 'N',
  date: 'T',
  number: 'C',
  ordinal: 'o',
  money: '$',
  percent: '%',
  aux: 'A',
  verb: 'V',
  past: 'D',
  gerund: 'G',
  noun: 'n',
  plural: 'm',
  adjective: 'j',
  adverb: 'b',
  negation: 'k',
  preposition: 'r',
  determiner: 'd',
  conjunction: 'c',
  pronoun: 'p',
  other: 'x',
} as const;

export type PosCode = (typeof POS)[keyof typeof POS];

/** Codes that can be part of a name. */
export const NAME_CODES = new Set<string>([POS.person, POS.title, POS.place, POS.org, POS.proper]);
/** Codes of a finite or non-finite verb form (not auxiliaries). */
export const VERB_CODES = new Set<string>([POS.verb, POS.past, POS.gerund]);
/** Codes of a number of any kind. */
export const NUMBER_CODES = new Set<string>([POS.number, POS.ordinal, POS.money, POS.percent]);
/** Codes of a common noun. */
export const NOUN_CODES = new Set<string>([POS.noun, POS.plural]);
