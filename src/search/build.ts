import { termsOf } from './terms.js';

export interface IndexedDoc {
  id: number;
  text: string;
}

/** MiniSearch settings of the sentence index (frozen.ts); a reference index built with addAll uses the same. */
export const MINISEARCH_OPTIONS = {
  fields: ['text'],
  idField: 'id',
  // Keys are computed once (stop words out, irregular verbs lemmatised, Porter stems).
  tokenize: (text: string) => termsOf(text),
  processTerm: (term: string) => term,
};
