import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder: the nearest one above this module with a package.json (works from src/ and dist/). */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

/** --corpus wins, then CORPUS_DIR, then the built-in corpus/. */
export const resolveCorpusDir = (flag?: string): string =>
  resolve(flag || process.env.CORPUS_DIR || join(projectRoot(), 'corpus'));

/** Where the per-article records are cached: CACHE_DIR, else a git-ignored .cache/ in the project. */
export const resolveCacheDir = (flag?: string): string =>
  resolve(flag || process.env.CACHE_DIR || join(projectRoot(), '.cache'));
