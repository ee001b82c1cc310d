import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types.js';
import { termsOf } from './terms.js';

export interface IndexedDoc {
  id: number;
  text: string;
}

/** MiniSearch settings shared by building and loading: both must agree. */
export const MINISEARCH_OPTIONS = {
  fields: ['text'],
  idField: 'id',
  // Keys are computed once here (stop words out, irregular verbs lemmatised, Porter stems).
  tokenize: (text: string) => termsOf(text),
  processTerm: (term: string) => term,
};

/** Builds the sentence index and the document frequency of every key (to lead queries with rare terms). */
export function buildSearch(corpus: Corpus): { mini: MiniSearch<IndexedDoc>; df: Map<string, number> } {
  const mini = new MiniSearch<IndexedDoc>(MINISEARCH_OPTIONS);
  const df = new Map<string, number>();
  for (const s of corpus.sentences) {
    for (const k of new Set(termsOf(s.clean))) df.set(k, (df.get(k) ?? 0) + 1);
  }
  mini.addAll(corpus.sentences.map((s) => ({ id: s.id, text: s.clean })));
  return { mini, df };
}
