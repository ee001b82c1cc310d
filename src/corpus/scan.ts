import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Logger } from '../log.js';
import { err, ok, type Result } from '../result.js';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
/** Files above this size are not news articles; reading them would stall start-up. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** What tells a file's version apart without reading it: a changed file changes one of these. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** One readable article file. */
export interface ArticleFile {
  name: string;
  /** The bytes as read: records are keyed by them. */
  bytes: Buffer;
  /** The text, without BOM and with \n line ends. */
  text: string;
  stamp: FileStamp;
}

/** A file that cannot be an article, and why. */
export interface SkippedFile {
  name: string;
  reason: string;
  detail?: Record<string, unknown>;
  /** Known unless the file could not even be stat'ed. */
  stamp?: FileStamp;
}

const isArticleName = (n: string): boolean =>
  !n.startsWith('.') && ARTICLE_EXTENSIONS.has(extname(n).toLowerCase());

const stampOf = (s: { size: number; mtimeMs: number; ino: number }): FileStamp => ({
  size: s.size,
  mtimeMs: s.mtimeMs,
  ino: s.ino,
});

export const sameStamp = (a: FileStamp | undefined, b: FileStamp | undefined): boolean =>
  !!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

/** NUL bytes or many replacement characters: not text. */
function looksBinary(buf: Buffer, text: string): boolean {
  if (buf.includes(0)) return true;
  const bad = text.match(/\uFFFD/g)?.length ?? 0;
  return bad > 0 && bad / Math.max(text.length, 1) > 0.01;
}

function folderError(dir: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? `corpus folder not found: ${dir}`
    : `cannot read corpus folder ${dir}: ${code ?? e}`;
}

/** Article file names in a folder, sorted: the order of articles everywhere. */
export function listArticleFiles(dir: string): Result<string[]> {
  try {
    return ok(readdirSync(dir).filter(isArticleName).sort());
  } catch (e) {
    return err(folderError(dir, e));
  }
}

/**
 * Reads one article file. Synchronous: files are small and capped, and a sync read of a
 * few thousand of them is several times faster than the same reads through the thread pool.
 */
export function readArticleFile(dir: string, name: string): ArticleFile | SkippedFile {
  const path = join(dir, name);
  let bytes: Buffer;
  let stamp: FileStamp | undefined;
  try {
    const info = statSync(path);
    stamp = stampOf(info);
    if (!info.isFile()) return { name, reason: 'not a file', stamp };
    if (info.size > MAX_FILE_BYTES)
      return { name, reason: 'file too large', detail: { bytes: info.size }, stamp };
    bytes = readFileSync(path);
  } catch (e) {
    return { name, reason: 'unreadable', detail: { err: (e as Error).message }, stamp };
  }
  const text = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  if (looksBinary(bytes, text)) return { name, reason: 'not text', stamp };
  return { name, bytes, text, stamp };
}

export const isSkipped = (f: ArticleFile | SkippedFile): f is SkippedFile => 'reason' in f;

/** A folder or link named like an article is not one, and not worth a warning. */
export const warnSkipped = (log: Logger | undefined, f: SkippedFile): void => {
  if (f.reason !== 'not a file') log?.warn({ file: f.name, ...f.detail }, `skipping article: ${f.reason}`);
};

/** Reads every article file of a folder, in name order; files that cannot be articles are skipped with a warning. */
export function scanFolder(
  dir: string,
  log?: Logger,
): Result<{ files: ArticleFile[]; skipped: SkippedFile[] }> {
  const names = listArticleFiles(dir);
  if (!names.ok) return names;
  const files: ArticleFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const name of names.value) {
    const f = readArticleFile(dir, name);
    if (!isSkipped(f)) files.push(f);
    else {
      warnSkipped(log, f);
      skipped.push(f);
    }
  }
  return ok({ files, skipped });
}

/** Stamps of these names, in batches so thousands never hold the event loop; missing files are left out. */
async function stampNames(dir: string, names: readonly string[]): Promise<Map<string, FileStamp>> {
  const stamps = new Map<string, FileStamp>();
  const BATCH = 256;
  for (let i = 0; i < names.length; i += BATCH) {
    const batch = names.slice(i, i + BATCH);
    const infos = await Promise.all(batch.map((n) => stat(join(dir, n)).catch(() => undefined)));
    infos.forEach((info, k) => {
      const name = batch[k];
      if (info?.isFile() && name !== undefined) stamps.set(name, stampOf(info));
    });
  }
  return stamps;
}

/** The stamp of every article file, without reading any: what a periodic rescan compares. */
export async function stampFolder(dir: string): Promise<Result<Map<string, FileStamp>>> {
  try {
    return ok(await stampNames(dir, (await readdir(dir)).filter(isArticleName).sort()));
  } catch (e) {
    return err(folderError(dir, e));
  }
}

/** The stamps of just these files (those that exist and are articles): what a watcher's report needs. */
export const stampFiles = (dir: string, names: Iterable<string>): Promise<Map<string, FileStamp>> =>
  stampNames(dir, [...names].filter(isArticleName).sort());
