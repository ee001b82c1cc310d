import { createInterface } from 'node:readline';
import type { Answer } from '../answer/types.js';
import { validateQuestion } from '../answer/validate.js';
import type { Engine } from '../engine.js';
import { renderAnswerJson, renderAnswerText, renderExplanation } from './render.js';
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
  'usage: npm run ask -- [--corpus DIR] [--json] [--explain] [QUESTION]   (no QUESTION: one question per line on stdin)';

const OPTIONS = { ...COMMON_OPTIONS, explain: { type: 'boolean', default: false } } as const;

runCli('ask', async (log) => {
  const { values, positionals } = parseCli(OPTIONS);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const print = (a: Answer): void => {
    process.stdout.write(values.json ? `${renderAnswerJson(a)}\n` : `${renderAnswerText(a)}\n\n`);
  };
  // --explain: the reply, then why (top candidates, feature contributions, the abstain decision).
  const answer = (engine: Engine, q: string): void => {
    if (!values.explain) {
      print(engine.ask(q));
      return;
    }
    const { answer: a, explanation } = engine.explain(q);
    if (values.json)
      process.stdout.write(`${JSON.stringify({ ...JSON.parse(renderAnswerJson(a)), explanation })}\n`);
    else
      process.stdout.write(
        `${renderAnswerText(a)}\n\n${explanation ? `${renderExplanation(explanation)}\n\n` : ''}`,
      );
  };
  if (positionals.length > 0) {
    const q = validateQuestion(positionals.join(' '));
    if (!q.ok) throw new UsageError(q.error);
    const engine = await openCliEngine(values.corpus, values.cache, log);
    answer(engine, q.value);
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
    answer(engine, q.value);
  }
  if (bad > 0) process.exitCode = 2;
});
