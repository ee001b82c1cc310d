/**
 * One character per token says what the token is. Stored per sentence at ingestion so that
 * answering needs no tagger: a run of the same entity code is one entity.
 */
export const POS = {
  person: 'P',
  title: 'H',
  place: 'L',
  org: 'O',
  proper: 'N',
  date: 'T',
  number: 'C',
  aux: 'A',
  verb: 'V',
  noun: 'n',
  adjective: 'j',
  preposition: 'r',
  determiner: 'd',
  conjunction: 'c',
  pronoun: 'p',
  other: 'x',
} as const;

export type PosCode = (typeof POS)[keyof typeof POS];

/** Codes that can be part of a name. */
export const NAME_CODES = new Set<string>([POS.person, POS.title, POS.place, POS.org, POS.proper]);
