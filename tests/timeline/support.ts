import { articleIdOf, parseArticle } from '../../src/corpus/parse.js';
import { scanFolder } from '../../src/corpus/scan.js';
import type { Article, Corpus } from '../../src/corpus/types.js';

/** A corpus from inline article texts (front matter allowed in .md names), as the loader builds it. */
export function corpusOf(files: Record<string, string>): Corpus {
  const articles: Article[] = [];
  for (const [file, raw] of Object.entries(files)) {
    const first = articles.reduce((n, a) => n + a.sentences.length, 0);
    const a = parseArticle(articleIdOf(file), file, raw, first);
    if (a) articles.push(a);
  }
  return { dir: 'inline', articles, sentences: articles.flatMap((a) => a.sentences), hash: 'inline' };
}

/** A dated markdown article. */
export const md = (title: string, published: string | undefined, body: string): string =>
  `---\ntitle: ${title}\n${published ? `published: ${published}\n` : ''}---\n${body}\n`;

/** A folder's articles as text only (no tagging): all the timeline needs. */
export function loadCorpus(dir: string): Corpus {
  const scanned = scanFolder(dir);
  if (!scanned.ok) throw new Error(scanned.error);
  return { ...corpusOf(Object.fromEntries(scanned.value.files.map((f) => [f.name, f.text]))), dir };
}
