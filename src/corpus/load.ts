import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Logger } from '../log.js';
import { err, ok, type Result } from '../result.js';
import { cleanArticle } from './clean.js';
import { type FrontMatter, readFrontMatter } from './frontMatter.js';
import { repairText } from './repair.js';
import { splitSentences } from './split.js';
import type { Article, Corpus, Sentence } from './types.js';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
/** Files above this size are not news articles; reading them would stall start-up. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** NUL bytes or many replacement characters: not text. */
function looksBinary(buf: Buffer, text: string): boolean {
  if (buf.includes(0)) return true;
  const bad = text.match(/\uFFFD/g)?.length ?? 0;
  return bad > 0 && bad / Math.max(text.length, 1) > 0.01;
}

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

/**
 * Loads every article in a folder. Unreadable, binary, empty or oversized files are skipped
 * with a warning; a missing folder or one with no usable article is an error.
 */
export async function loadCorpus(dir: string, log?: Logger): Promise<Result<Corpus>> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(
      (n) => !n.startsWith('.') && ARTICLE_EXTENSIONS.has(extname(n).toLowerCase()),
    );
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return err(
      code === 'ENOENT'
        ? `corpus folder not found: ${dir}`
        : `cannot read corpus folder ${dir}: ${code ?? e}`,
    );
  }
  names.sort();
  const hash = createHash('sha256');
  const articles: Article[] = [];
  const sentences: Sentence[] = [];
  for (const name of names) {
    const path = join(dir, name);
    let buf: Buffer;
    try {
      const info = await stat(path);
      if (!info.isFile()) continue;
      if (info.size > MAX_FILE_BYTES) {
        log?.warn({ file: name, bytes: info.size }, 'skipping article: file too large');
        continue;
      }
      buf = await readFile(path);
    } catch (e) {
      log?.warn({ file: name, err: (e as Error).message }, 'skipping article: unreadable');
      continue;
    }
    const raw = buf
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
    if (looksBinary(buf, raw)) {
      log?.warn({ file: name }, 'skipping article: not text');
      continue;
    }
    const article = parseArticle(name.replace(/\.[^.]+$/, ''), name, raw, sentences.length);
    if (!article) {
      log?.warn({ file: name }, 'skipping article: no story text');
      continue;
    }
    hash.update(name).update('\0').update(buf).update('\0');
    articles.push(article);
    sentences.push(...article.sentences);
  }
  if (articles.length === 0) return err(`no readable articles in ${dir} (expected .txt or .md files)`);
  return ok({ dir, articles, sentences, hash: hash.digest('hex').slice(0, 16) });
}
