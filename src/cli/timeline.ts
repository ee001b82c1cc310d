import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Logger } from '../log.js';
import { parseDateBound } from '../timeline/index.js';
import type { TimelineEntry } from '../timeline/types.js';
import { COMMON_OPTIONS, openCliEngine, parseCli, runCli, UsageError } from './run.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  topic: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

export const USAGE =
  'usage: npm run timeline -- [--corpus DIR] [--json] [--topic WORDS] [--from DATE] [--to DATE]\n' +
  '  DATE is YYYY, YYYY-MM or YYYY-MM-DD; entries are compared at their own precision.\n';

/** Readable lines "DATE  event [1][2]" and one numbered source list, markers unique across entries. */
export function formatTimeline(entries: TimelineEntry[]): string {
  if (entries.length === 0) return 'No dated events found.\n';
  const sources: string[] = [];
  const lines = entries.map((e) => {
    const marks = e.citations.map((c) => {
      const meta = [c.publisher, c.published].filter(Boolean).join(', ');
      sources.push(`[${sources.length + 1}] ${c.title}${meta ? ` (${meta})` : ''}: “${c.sentence}”`);
      return `[${sources.length}]`;
    });
    return `${e.date.padEnd(10)}  ${e.text} ${marks.join('')}`;
  });
  return `${lines.join('\n')}\n\nSources:\n${sources.join('\n')}\n`;
}

/** The timeline command; argv without node and script. */
export async function main(
  argv: string[],
  log: Logger,
  write: (s: string) => void = (s) => void process.stdout.write(s),
): Promise<void> {
  const { values, positionals } = parseCli(OPTIONS, argv);
  if (values.help) return void write(USAGE);
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}\n${USAGE}`);
  for (const flag of ['from', 'to'] as const) {
    const v = values[flag];
    if (v !== undefined && !parseDateBound(v))
      throw new UsageError(`--${flag} is not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${v}`);
  }
  const engine = await openCliEngine(values.corpus, values.cache, log);
  const entries = engine.timeline({ topic: values.topic, from: values.from, to: values.to });
  write(values.json ? `${JSON.stringify(entries, null, 2)}\n` : formatTimeline(entries));
}

// Run only as a script, so tests can import main.
const script = process.argv[1];
if (script && import.meta.url === pathToFileURL(realpathSync(script)).href)
  runCli('timeline', (log) => main(process.argv.slice(2), log));
