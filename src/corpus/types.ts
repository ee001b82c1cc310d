/** What the loader knows about one article. Fields it cannot find are left out, never guessed. */
export interface ArticleMeta {
  /** File name without extension: stable across runs, used in citations. */
  id: string;
  title: string;
  publisher?: string;
  author?: string;
  /** Publication date as YYYY-MM-DD (or YYYY-MM / YYYY when only that is stated). */
  published?: string;
  url?: string;
  /** Path of the source file, relative to the corpus folder. */
  file: string;
}

/** How a sentence functions in its article: only body sentences are evidence on their own. */
export type SentenceKind = 'body' | 'heading' | 'question' | 'meta';

export interface Sentence {
  /** Position in the whole corpus (0-based). */
  id: number;
  articleId: string;
  /** Position within its article (0-based). */
  index: number;
  /** Block (paragraph, bullet or line) within the article. */
  paragraph: number;
  /** Exactly as in the article file: citations quote this. */
  text: string;
  /** Repaired text for language work (glued words split, quotes normalised). */
  clean: string;
  kind: SentenceKind;
}

export interface Article extends ArticleMeta {
  sentences: Sentence[];
}

export interface Corpus {
  dir: string;
  articles: Article[];
  sentences: Sentence[];
  /** Hash of the articles' record keys (rules, file names, bytes): names this state of the corpus. */
  hash: string;
}
