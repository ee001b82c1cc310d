import { cleanArticle } from './clean.js';
import { type FrontMatter, readFrontMatter } from './frontMatter.js';
import { repairText } from './repair.js';
import { splitSentences } from './split.js';
import type { Article, Sentence } from './types.js';

/** An article's id: its file name without the extension, stable across runs. */
export const articleIdOf = (file: string): string => file.replace(/\.[^.]+$/, '');

/** Builds one article from a file's text; undefined when no story text is left. */
export function parseArticle(
  id: string,
  file: string,
  raw: string,
  firstSentenceId = 0,
): Article | undefined {
  const isMarkdown = /\.(?:md|markdown)$/i.test(file);
  const { fields, bodyStart } = isMarkdown ? readFrontMatter(raw) : { fields: {}, bodyStart: 0 };
  const body = raw.slice(bodyStart).replace(/^#{1,6}[ \t]+/gm, (h) => ' '.repeat(h.length));
  const cleaned = cleanArticle(body);
  const sentences: Sentence[] = [];
  cleaned.blocks.forEach((block, paragraph) => {
    for (const span of splitSentences(block.text)) {
      const clean = repairText(span.text);
      if (!/[\p{L}\p{N}]/u.test(clean)) continue;
      const kind = block.meta
        ? 'meta'
        : block.heading
          ? 'heading'
          : /\?["'”’)]*$/.test(span.text)
            ? 'question'
            : 'body';
      sentences.push({
        id: firstSentenceId + sentences.length,
        articleId: id,
        index: sentences.length,
        paragraph,
        text: span.text,
        clean,
        kind,
      });
    }
  });
  if (sentences.length === 0) return undefined;
  const title = fields.title ?? cleaned.title ?? id;
  const meta: FrontMatter = { ...cleaned.meta };
  for (const [k, v] of Object.entries(fields) as [keyof FrontMatter, string | undefined][])
    if (v) meta[k] = v;
  return {
    id,
    file,
    title,
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    sentences,
  };
}
