import type MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types.js';
import type { IndexedDoc } from './build.js';

/**
 * The corpus with its language work done: what answering reads, and nothing to recompute.
 * Assembled from per-article records (src/store/assemble.ts); a live corpus swaps in a new
 * one whole, so every field always describes the same state.
 */
export interface SentenceIndex {
  corpus: Corpus;
  /** Over each sentence's clean text; document ids are sentence ids. Read-only. */
  mini: MiniSearch<IndexedDoc>;
  /** Document frequency of every index key. */
  df: Map<string, number>;
  /** Per sentence (by id): one code per token of its clean text (see nlp/posCodes). */
  pos: string[];
  /** Most frequent code of each folded word, for tagging questions. */
  lex: Record<string, string>;
}
