import { type ParseArgsConfig, parseArgs } from 'node:util';
import { resolveCacheDir, resolveCorpusDir } from '../config.js';
import { type Engine, openEngine } from '../engine.js';
import { createLogger, type Logger } from '../log.js';

/** A usage or input error: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {}

/** Options every command takes. */
export const COMMON_OPTIONS = {
  corpus: { type: 'string' },
  cache: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

/** Parses argv strictly: an unknown flag is a usage error, not silently ignored. */
export function parseCli<O extends NonNullable<ParseArgsConfig['options']>>(
  options: O,
  argv = process.argv.slice(2),
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Opens the engine on --corpus / CORPUS_DIR / corpus/, or fails with a one-line error. */
export async function openCliEngine(
  corpusFlag: string | undefined,
  cacheFlag: string | undefined,
  log: Logger,
): Promise<Engine> {
  const opened = await openEngine({
    corpusDir: resolveCorpusDir(corpusFlag),
    cacheDir: resolveCacheDir(cacheFlag),
    log,
  });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

/**
 * Runs a CLI command: stdout carries only its output, logs go to stderr.
 * Usage errors exit 2, other failures exit 1, each with one line on stderr.
 */
export function runCli(name: string, main: (log: Logger) => Promise<void>): void {
  const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  main(log).then(
    () => {
      process.exitCode ??= 0; // a command may have set 2 for lines it refused
    },
    (e: unknown) => {
      const usage = e instanceof UsageError;
      process.stderr.write(`${name}: ${(e as Error).message ?? String(e)}\n`);
      if (!usage) log.debug({ err: e }, 'command failed');
      process.exitCode = usage ? 2 : 1;
    },
  );
}
