/**
 * One measurement in its own process, so each corpus gets a clean heap and its own peak RSS.
 * `build`: index from an empty cache folder, then writes the question set.
 * `serve`: opens the persisted index, times engine.ask, then the plain MiniSearch baseline.
 * Prints one JSON line on stdout; logs go to stderr.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../corpus/load.js';
import { openEngine } from '../engine.js';
import { createLogger } from '../log.js';
import { openIndex } from '../search/store.js';
import { peakRssMb, timeEach } from './measure.js';
import { buildQuestions } from './questions.js';
import { summarize } from './stats.js';
import type { BuildResult, ServeResult } from './types.js';

const { values } = parseArgs({
  options: {
    mode: { type: 'string' },
    corpus: { type: 'string' },
    cache: { type: 'string' },
    questions: { type: 'string' },
    passes: { type: 'string', default: '3' },
  },
  strict: true,
});
const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
const corpusDir = values.corpus ?? '';
const cacheDir = values.cache ?? '';
const questionsFile = values.questions ?? '';

async function build(): Promise<BuildResult> {
  const t = performance.now();
  const opened = await openEngine({ corpusDir, cacheDir, log });
  const buildMs = performance.now() - t;
  if (!opened.ok) throw new Error(opened.error);
  const buildRssMb = peakRssMb();
  // Questions come from the stored tags, so every later process asks exactly the same ones.
  const index = await openIndex(opened.value.corpus, { cacheDir, log });
  await writeFile(questionsFile, JSON.stringify(buildQuestions(index)));
  const { articles, sentences } = opened.value.corpus;
  return { articles: articles.length, sentences: sentences.length, buildMs, buildRssMb };
}

async function serve(): Promise<ServeResult> {
  const questions = JSON.parse(await readFile(questionsFile, 'utf8')) as string[];
  const passes = Math.max(1, Number(values.passes));
  const t = performance.now();
  const opened = await openEngine({ corpusDir, cacheDir, log });
  const loadMs = performance.now() - t;
  if (!opened.ok) throw new Error(opened.error);
  const engine = opened.value;
  // The very first answer pays for lazy initialisation and JIT; reported apart from the steady state.
  const [firstAskMs = 0] = timeEach(questions.slice(0, 1), (q) => engine.ask(q)).wall;
  const answered = questions.filter((q) => engine.ask(q).answer !== null).length; // also the warm-up
  const askTimes: number[] = [];
  const askCpu: number[] = [];
  for (let p = 0; p < passes; p++) {
    const pass = timeEach(questions, (q) => engine.ask(q));
    askTimes.push(...pass.wall);
    askCpu.push(...pass.cpu);
  }
  // Mean per question over the passes: which questions the engine should look at first.
  const slowest = questions
    .map((question, i) => {
      let sum = 0;
      for (let p = 0; p < passes; p++) sum += askTimes[p * questions.length + i] ?? 0;
      return { question, ms: sum / passes };
    })
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  // Snapshot before the baseline loads its own copy of the index.
  const engineRssMb = peakRssMb();

  const tb = performance.now();
  const corpus = await loadCorpus(corpusDir, log);
  if (!corpus.ok) throw new Error(corpus.error);
  const index = await openIndex(corpus.value, { cacheDir, log });
  const baselineLoadMs = performance.now() - tb;
  const or = (q: string) => index.mini.search(q, { combineWith: 'OR' });
  const baselineHits = questions.reduce((n, q) => n + or(q).length, 0) / questions.length; // warm-up
  const baseTimes: number[] = [];
  for (let p = 0; p < passes; p++) baseTimes.push(...timeEach(questions, or).wall);
  return {
    loadMs,
    firstAskMs,
    answered,
    ask: summarize(askTimes),
    askCpu: summarize(askCpu),
    slowest,
    engineRssMb,
    baselineLoadMs,
    baseline: summarize(baseTimes),
    baselineHits,
  };
}

const run = values.mode === 'build' ? build : values.mode === 'serve' ? serve : undefined;
if (!run) {
  process.stderr.write('child: --mode build|serve required\n');
  process.exit(2);
}
run().then(
  (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
  (e: unknown) => {
    process.stderr.write(`bench child (${values.mode}): ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
