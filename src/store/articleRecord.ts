import type { ArticleMeta, SentenceKind } from '../corpus/types.js';
import type { annotateArticle } from '../nlp/annotate.js';

/**
 * Bump when tagging or this record's shape change. The code that decides texts, keys and
 * tags is fingerprinted as well (rules.ts), so an edit there rebuilds without a bump.
 */
export const ENGINE_VERSION = 'e5';

/** The tagger's output for one article, stored exactly as annotateArticle returns it. */
export type Annotation = Awaited<ReturnType<typeof annotateArticle>>;

/**
 * The one place that reads an annotation: its per-sentence code strings (one character per
 * token of the sentence's clean text). Change this when annotateArticle's shape changes.
 */
export const sentenceCodes = (a: Annotation): readonly string[] => a;

/**
 * An article's index keys as columns: entry i says that key `dict[key[i]]` occurs `tf[i]`
 * times in sentence `sentence[i]` (article-relative). Entries are ordered by sentence.
 * `dict` may be shared by all records of one cache shard, so it can hold other keys too.
 */
export interface TermCounts {
  dict: readonly string[];
  key: Uint32Array;
  sentence: Uint32Array;
  tf: Uint32Array;
  /** Per sentence: distinct keys (MiniSearch's field length). */
  length: Uint32Array;
}

/** How often each code was given to each folded word in this article, as columns like TermCounts. */
export interface WordCodes {
  words: readonly string[];
  codes: readonly string[];
  word: Uint32Array;
  code: Uint32Array;
  count: Uint32Array;
}

/**
 * Everything answering needs from one article, computed once from its bytes and cached under
 * their hash (rules.ts): the corpus and its index are assembled from these (assemble.ts).
 * Sentences are columns, one entry per sentence in article order.
 */
export interface ArticleRecord {
  key: string;
  file: string;
  meta: Omit<ArticleMeta, 'file'>;
  /** Verbatim, as citations quote it. */
  text: readonly string[];
  /** Repaired for language work. */
  clean: readonly string[];
  kind: readonly SentenceKind[];
  paragraph: Uint32Array;
  annotation: Annotation;
  terms: TermCounts;
  words: WordCodes;
}
