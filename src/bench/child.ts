/**
 * One measurement in its own process, so each corpus gets a clean heap and its own peak RSS.
 * `build`: index from an empty cache folder, then writes the question set.
 * `serve`: opens the corpus from its cached records, times engine.ask, then the plain MiniSearch baseline.
 * `live`: the engine watching its folder (as the bot runs it) while articles are added.
 * Prints one JSON line on stdout; logs go to stderr.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { openEngine } from '../engine.js';
import { createLogger } from '../log.js';
import { CorpusStore } from '../store/corpusStore.js';
import { addedArticle } from './addedArticle.js';
import { peakRssMb, timeEach } from './measure.js';
import { type QuestionSet, questionSet } from './questions.js';
import { median, summarize } from './stats.js';
import type { BuildResult, LiveResult, ServeResult } from './types.js';

const { values } = parseArgs({
  options: {
    mode: { type: 'string' },
    corpus: { type: 'string' },
    cache: { type: 'string' },
    questions: { type: 'string' },
    passes: { type: 'string', default: '3' },
    added: { type: 'string', default: '0' },
    runs: { type: 'string', default: '3' },
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
  const reopened = await CorpusStore.open(corpusDir, { cacheDir, log });
  if (!reopened.ok) throw new Error(reopened.error);
  const { index } = reopened.value;
  await writeFile(questionsFile, JSON.stringify(questionSet(index)));
  const { articles, sentences } = opened.value.corpus;
  return { articles: articles.length, sentences: sentences.length, buildMs, buildRssMb };
}

async function serve(): Promise<ServeResult> {
  const { warmup, timed } = JSON.parse(await readFile(questionsFile, 'utf8')) as QuestionSet;
  const passes = Math.max(1, Number(values.passes));
  const files = async () => (await readdir(cacheDir, { recursive: true })).filter((f) => f.endsWith('.nds'));
  const before = await files();
  const t = performance.now();
  const opened = await openEngine({ corpusDir, cacheDir, log });
  const loadMs = performance.now() - t;
  if (!opened.ok) throw new Error(opened.error);
  // A new shard means records were built, not read: then loadMs is (partly) a build, and must say so.
  const loadRebuilt = (await files()).some((f) => !before.includes(f));
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
  const reopened = await CorpusStore.open(corpusDir, { cacheDir, log });
  if (!reopened.ok) throw new Error(reopened.error);
  const { index } = reopened.value;
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

/**
 * The bot's view of an added article: how long until a question about it is answered from
 * it, and the longest event-loop delay while it is indexed (file written → new index swapped
 * in), with a question asked every 20 ms meanwhile as users would. The first question on the
 * new index (its caches cold) is timed apart.
 */
async function live(): Promise<LiveResult> {
  const opened = await openEngine({ corpusDir, cacheDir, log, watch: true });
  if (!opened.ok) throw new Error(opened.error);
  const engine = opened.value;
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const runs: LiveResult['runs'] = [];
  const first = Number(values.added);
  for (let k = first; k < first + Number(values.runs); k++) {
    const added = addedArticle(k);
    const before = engine.corpus;
    delay.reset();
    delay.enable();
    const t = performance.now();
    await writeFile(join(corpusDir, added.file), added.text);
    let answered = false;
    let maxDelayMs = Number.NaN;
    let firstAskMs = Number.NaN;
    while (!answered && performance.now() - t < 60_000) {
      await sleep(20);
      const swapped = engine.corpus !== before;
      if (swapped && Number.isNaN(maxDelayMs)) {
        delay.disable();
        maxDelayMs = delay.max / 1e6;
      }
      const q = performance.now();
      answered = engine.ask(added.question).citations.some((c) => c.articleId === added.id);
      if (swapped && Number.isNaN(firstAskMs)) firstAskMs = performance.now() - q;
    }
    runs.push({ ms: performance.now() - t, maxDelayMs, firstAskMs, answered });
  }
  await engine.close();
  const times = runs.map((r) => r.ms);
  return {
    runs,
    medianMs: median(times),
    maxMs: Math.max(...times),
    maxDelayMs: Math.max(...runs.map((r) => r.maxDelayMs)),
    maxFirstAskMs: Math.max(...runs.map((r) => r.firstAskMs)),
    ok: runs.every((r) => r.answered),
  };
}

const modes: Record<string, () => Promise<unknown>> = { build, serve, live };
const run = modes[values.mode ?? ''];
if (!run) {
  process.stderr.write('child: --mode build|serve|live required\n');
  process.exit(2);
}
run().then(
  (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
  (e: unknown) => {
    process.stderr.write(`bench child (${values.mode}): ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
