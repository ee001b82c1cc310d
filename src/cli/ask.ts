import { createInterface } from 'node:readline';
import type { Answer } from '../answer/types.js';
import { validateQuestion } from '../answer/validate.js';
import { renderAnswerJson, renderAnswerText } from './render.js';
import { COMMON_OPTIONS, openCliEngine, parseCli, runCli, UsageError } from './run.js';

/** The reply for a question refused before any work: no answer, the reason as its text. */
const rejected = (question: string, reason: string): Answer => ({
  question,
  answer: null,
  text: `Not answered: ${reason}.`,
  confidence: 0,
  citations: [],
  agreeing: 0,
  totalArticles: 0,
});

const USAGE =
  'usage: npm run ask -- [--corpus DIR] [--json] [QUESTION]   (no QUESTION: one question per line on stdin)';

runCli('ask', async (log) => {
  const { values, positionals } = parseCli(COMMON_OPTIONS);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const print = (a: Answer): void => {
    process.stdout.write(values.json ? `${renderAnswerJson(a)}\n` : `${renderAnswerText(a)}\n\n`);
  };
  if (positionals.length > 0) {
    const q = validateQuestion(positionals.join(' '));
    if (!q.ok) throw new UsageError(q.error);
    const engine = await openCliEngine(values.corpus, values.cache, log);
    print(engine.ask(q.value));
    return;
  }
  const engine = await openCliEngine(values.corpus, values.cache, log);
  // One answer per line read, in order; a bad line is reported and skipped, the rest still answered.
  let bad = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const q = validateQuestion(line);
    if (!q.ok) {
      bad++;
      process.stderr.write(`ask: ${q.error}\n`);
      // Keep one output line per question line, so answers stay aligned with their questions.
      if (values.json) print(rejected(line, q.error));
      continue;
    }
    print(engine.ask(q.value));
  }
  if (bad > 0) process.exitCode = 2;
});
