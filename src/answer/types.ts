/** One quoted sentence backing a reply. `n` is its [n] marker in the reply text. */
export interface Citation {
  n: number;
  articleId: string;
  title: string;
  /** Verbatim from the article. */
  sentence: string;
  publisher?: string;
  published?: string;
}

/** The engine's reply to one question. Renderers (CLI, Discord) only format this. */
export interface Answer {
  question: string;
  /** The short answer (at most 12 words), or null when the coverage does not say. */
  answer: string | null;
  /** The full reply a user reads, with [n] markers. */
  text: string;
  /** 0..1: how well the evidence supports the answer. */
  confidence: number;
  citations: Citation[];
  /** How many distinct articles support the answer. */
  agreeing: number;
  /** How many articles the corpus holds. */
  totalArticles: number;
}
