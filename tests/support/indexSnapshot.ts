import type { SentenceIndex } from '../../src/search/store.js';

/** Everything an index holds, as plain data: two indexes that answer alike have equal snapshots. */
export const indexSnapshot = (index: SentenceIndex) => ({
  articles: index.corpus.articles.map(({ sentences, ...meta }) => ({ ...meta, sentences: sentences.length })),
  sentences: index.corpus.sentences,
  pos: index.pos,
  lex: { ...index.lex },
  df: [...index.df],
  mini: index.mini.toJSON(),
});
