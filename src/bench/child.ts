/**
 * One measurement in its own process, so each corpus gets a clean heap and its own peak RSS.
 * `build`: index from an empty cache folder, then writes the question set.
 * `serve`: opens the persisted index, times engine.ask, then the plain MiniSearch baseline.
 * Prints one JSON line on stdout; logs go to stderr.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../corpus/load.js';
import { openEngine } from '../engine.js';
import { createLogger } from '../log.js';
import { openIndex } from '../search/store.js';
import { peakRssMb, timeEach } from './measure.js';
import { type QuestionSet, questionSet } from './questions.js';
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
  await writeFile(questionsFile, JSON.stringify(questionSet(index)));
  const { articles, sentences } = opened.value.corpus;
  return { articles: articles.length, sentences: sentences.length, buildMs, buildRssMb };
}

async function serve(): Promise<ServeResult> {
  const { warmup, timed } = JSON.parse(await readFile(questionsFile, 'utf8')) as QuestionSet;
  const passes = Math.max(1, Number(values.passes));
  const before = await readdir(cacheDir);
  const t = performance.now();
  const opened = await openEngine({ corpusDir, cacheDir, log });
  const loadMs = performance.now() - t;
  if (!opened.ok) throw new Error(opened.error);
  // A new file means the persisted index was not used: then loadMs is a build, and must say so.
  const loadRebuilt = (await readdir(cacheDir)).some((f) => !before.includes(f));
  const engine = opened.value;
  const ask = (q: string) => engine.ask(q);
  // The very first answer pays for lazy initialisation and JIT; reported apart from the rest.
  const [firstAskMs = 0] = timeEach(warmup.slice(0, 1), ask).wall;
  timeEach(warmup, ask);
  // Timed questions asked for the first time (the figures judged), then again (sentences prepared).
  const unseen = timeEach(timed, ask);
  const again: number[] = [];
  for (let p = 0; p < passes; p++) again.push(...timeEach(timed, ask).wall);
  const answered = timed.filter((q) => engine.ask(q).answer !== null).length;
  // Asks that were the first of their question in this process (a tiny corpus repeats questions).
  const asked = new Set(warmup);
  const firstAsks = timed.filter((q) => !asked.has(q) && asked.add(q)).length;
  const slowest = timed
    .map((question, i) => ({ question, ms: unseen.wall[i] ?? 0 }))
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
  timeEach(warmup, or);
  const baselineHits = timed.reduce((n, q) => n + or(q).length, 0) / timed.length;
  // MiniSearch keeps no per-query state, so repeating its passes only steadies the figure.
  const baseTimes: number[] = [];
  for (let p = 0; p < passes; p++) baseTimes.push(...timeEach(timed, or).wall);
  return {
    loadMs,
    loadRebuilt,
    firstAskMs,
    questions: timed.length,
    distinct: new Set(timed).size,
    unseen: firstAsks,
    answered,
    ask: summarize(unseen.wall),
    askCpu: summarize(unseen.cpu),
    askAgain: summarize(again),
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
