import { parseArticle } from '../../src/corpus/load.js';
import type { Article, Corpus } from '../../src/corpus/types.js';

/** A corpus from inline article texts (front matter allowed in .md names), as the loader builds it. */
export function corpusOf(files: Record<string, string>): Corpus {
  const articles: Article[] = [];
  for (const [file, raw] of Object.entries(files)) {
    const first = articles.reduce((n, a) => n + a.sentences.length, 0);
    const a = parseArticle(file.replace(/\.[^.]+$/, ''), file, raw, first);
    if (a) articles.push(a);
  }
  return { dir: 'inline', articles, sentences: articles.flatMap((a) => a.sentences), hash: 'inline' };
}

/** A dated markdown article. */
export const md = (title: string, published: string | undefined, body: string): string =>
  `---\ntitle: ${title}\n${published ? `published: ${published}\n` : ''}---\n${body}\n`;
