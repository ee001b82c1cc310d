import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Compiles just the bot's entry points (and what they import) into a git-ignored folder, so a
 * test can run `npm start`'s file as a real process without depending on a stale dist/.
 * Type errors elsewhere do not stop tsc from emitting; the type check is `npm run typecheck`.
 */
export async function buildBot(): Promise<string> {
  const out = join(ROOT, '.cache', `bot-build-${process.pid}`);
  await mkdir(out, { recursive: true });
  const config = join(out, 'tsconfig.json');
  const files = [
    'src/discord/main.ts',
    'src/discord/deploy.ts',
    'commands/ask.ts',
    'commands/sources.ts',
    'commands/timeline.ts',
  ];
  await writeFile(
    config,
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.json'),
      compilerOptions: { outDir: out, rootDir: ROOT },
      files: files.map((f) => join(ROOT, f)),
      include: [],
    }),
  );
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', config]).catch(() => undefined);
  return out;
}
