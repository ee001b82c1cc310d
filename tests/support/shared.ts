import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `../shared` beside the checkout: data CI has but that is not ours to redistribute (the shared dev
 * questions and grader, SQuAD). A user's bare clone has none of it, so tests that need it skip.
 */
export const SHARED_DIR = join(import.meta.dirname, '..', '..', '..', 'shared');

/** A file or folder a test needs: where it is, or why the test skips. */
export type Resource = { path: string; skip?: undefined } | { path?: undefined; skip: string };

/**
 * Finds `../shared/<relative>`. When it is missing, prints one line saying what is skipped and why,
 * e.g. "skipped: ../shared/squad not found (SQuAD floors)", and returns that reason instead of a path.
 * Call it once per group of tests, at collection time, and skip the group when `path` is undefined.
 */
export function sharedResource(relative: string, what: string): Resource {
  const path = join(SHARED_DIR, relative);
  if (existsSync(path)) return { path };
  const skip = `skipped: ../shared/${relative} not found (${what})`;
  // Not console.log: vitest would add a header line; a direct write shows as the one line it is.
  process.stdout.write(`${skip}\n`);
  return { skip };
}
