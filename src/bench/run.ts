/**
 * `npm run bench`: index build, index load, answer latency against a plain MiniSearch baseline,
 * CLI cold start and peak memory, on the default corpus and on synthetic corpora.
 * Each corpus is measured in child processes (clean heap, own peak RSS); the table goes to
 * stdout and the same figures to .cache/bench.json. Progress and logs go to stderr.
 */
import { cp, mkdir, readdir, readFile, rm, stat, symlink, unlink, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { projectRoot } from '../config.js';
import { addedArticle, linkedCopy } from './addedArticle.js';
import { timeSpawn } from './measure.js';
import { QUESTION_COUNT, type QuestionSet } from './questions.js';
import { judge, renderReport } from './report.js';
import { median } from './stats.js';
import { syntheticCorpus } from './synthetic.js';
import type { BuildResult, ColdStart, CorpusResult, LiveResult, ServeResult } from './types.js';

const USAGE = `usage: npm run bench -- [--sizes 1000,10000] [--quick] [--passes N] [--cold-runs N] [--seed N]
  --sizes      synthetic corpus sizes in articles (default 1000,10000; with --quick 200)
  --quick      fast run: 200 synthetic articles, 1 timed pass, 3 cold starts
  --passes     timed passes over the question set (default 3)
  --cold-runs  CLI cold starts per corpus, median reported (default 5)`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    quick: { type: 'boolean', default: false },
    passes: { type: 'string' },
    'cold-runs': { type: 'string' },
    seed: { type: 'string', default: '42' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const root = projectRoot();
const here = dirname(fileURLToPath(import.meta.url));
const work = join(tmpdir(), 'newsdesk-bench');
/**
 * A copy of the compiled code taken at start: others rebuild dist/ (and clear .cache/) in this
 * checkout, and a rebuild mid-run (say a new index version) would make the load step rebuild.
 */
const snapshot = join(work, `dist-${process.pid}`);

/** Copies dist/src to the temp dir, with what ESM needs to run it there: module type and packages. */
async function takeSnapshot(): Promise<void> {
  await cp(dirname(here), join(snapshot, 'src'), { recursive: true });
  // Data files the engine reads beside its sources (tsc copies only code and JSON imports).
  for (const data of ['wordnet.txt', 'nounClass.txt'])
    await cp(join(root, 'src', 'nlp', data), join(snapshot, 'src', 'nlp', data));
  await writeFile(join(snapshot, 'package.json'), '{ "type": "module" }\n');
  await symlink(join(root, 'node_modules'), join(snapshot, 'node_modules'), 'dir');
}
const sizes = (values.sizes ?? (values.quick ? '200' : '1000,10000')).split(',').filter(Boolean).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  process.stderr.write(`bench: --sizes takes whole numbers, e.g. --sizes 1000,10000\n${USAGE}\n`);
  process.exit(2);
}
const passes = values.passes ?? (values.quick ? '1' : '3');
const coldRuns = Number(values['cold-runs'] ?? (values.quick ? 3 : 5));
const seed = Number(values.seed);
/** Articles added one at a time, for the CLI and then for the watching bot. */
const ADD_RUNS = 3;
// The big corpora need more than the default heap to tag and serialise 300k sentences.
const NODE_FLAGS = ['--max-old-space-size=8192'];

const progress = (msg: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
};

async function child<T>(args: string[]): Promise<T> {
  const r = await timeSpawn(process.execPath, [
    ...NODE_FLAGS,
    join(snapshot, 'src', 'bench', 'child.js'),
    ...args,
  ]);
  const last = r.stdout.trim().split('\n').pop();
  if (r.code !== 0 || !last) throw new Error(`child ${args[1]} exited ${r.code}`);
  return JSON.parse(last) as T;
}

/** `ask --json` as a user runs it (plain node): spawn to exit; the answer it printed, if any. */
async function askOnce(corpusDir: string, cacheDir: string, question: string) {
  const askJs = join(snapshot, 'src', 'cli', 'ask.js');
  const r = await timeSpawn(process.execPath, [
    askJs,
    '--corpus',
    corpusDir,
    '--cache',
    cacheDir,
    '--json',
    question,
  ]);
  try {
    const answer = JSON.parse(r.stdout) as { citations: { articleId: string }[] };
    return { ms: r.ms, answer: r.code === 0 ? answer : undefined };
  } catch {
    return { ms: r.ms, answer: undefined };
  }
}

/** Cold starts with a warm record cache: median of several. */
async function coldStart(corpusDir: string, cacheDir: string, question: string): Promise<ColdStart> {
  const runsMs: number[] = [];
  let ok = true;
  for (let i = 0; i < coldRuns; i++) {
    const r = await askOnce(corpusDir, cacheDir, question);
    runsMs.push(r.ms);
    ok &&= r.answer !== undefined;
  }
  return { runsMs, medianMs: median(runsMs), ok };
}

/** The CLI right after one new article appeared in the folder: each run adds another, answered from it. */
async function afterAdd(farm: string, cacheDir: string): Promise<ColdStart> {
  const runsMs: number[] = [];
  let ok = true;
  for (let k = 0; k < ADD_RUNS; k++) {
    if (k > 0) await unlink(join(farm, addedArticle(k - 1).file));
    const added = addedArticle(k);
    await writeFile(join(farm, added.file), added.text);
    const r = await askOnce(farm, cacheDir, added.question);
    runsMs.push(r.ms);
    ok &&= !!r.answer?.citations.some((c) => c.articleId === added.id);
  }
  await unlink(join(farm, addedArticle(ADD_RUNS - 1).file));
  return { runsMs, medianMs: median(runsMs), ok };
}

/** Bytes of the record cache: every shard and manifest under the cache folder. */
async function cacheSizeMb(dir: string): Promise<number> {
  let bytes = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) bytes += (await stat(join(e.parentPath, e.name))).size;
  return bytes / 1024 / 1024;
}

async function benchCorpus(name: string, dir: string): Promise<CorpusResult> {
  const cacheDir = join(work, `cache-${name}-${process.pid}`);
  const questionsFile = join(work, `questions-${name}-${process.pid}.json`);
  const farm = join(work, `added-${name}-${process.pid}`);
  await rm(cacheDir, { recursive: true, force: true });
  await mkdir(cacheDir, { recursive: true });
  try {
    progress(`${name}: building the index from an empty cache (minutes for 10k articles)`);
    const common = ['--corpus', dir, '--cache', cacheDir, '--questions', questionsFile];
    const built = await child<BuildResult>(['--mode', 'build', ...common]);
    const cacheMb = await cacheSizeMb(cacheDir);
    progress(`${name}: built in ${(built.buildMs / 1000).toFixed(1)} s; timing answers`);
    const served = await child<ServeResult>(['--mode', 'serve', ...common, '--passes', passes]);
    const { timed } = JSON.parse(await readFile(questionsFile, 'utf8')) as QuestionSet;
    progress(`${name}: ${coldRuns} CLI cold starts`);
    const cold = await coldStart(dir, cacheDir, timed[0] ?? 'Who is it?');
    // Added articles go to a folder of links to the corpus, so the reusable original stays as it is.
    await linkedCopy(dir, farm);
    progress(`${name}: ${ADD_RUNS} CLI runs, each after one added article`);
    const added = await afterAdd(farm, cacheDir);
    progress(`${name}: ${ADD_RUNS} articles added under the watching engine`);
    const live = await child<LiveResult>([
      '--mode',
      'live',
      ...common.map((a) => (a === dir ? farm : a)),
      '--added',
      String(ADD_RUNS),
      '--runs',
      String(ADD_RUNS),
    ]);
    return {
      name,
      dir,
      cacheMb,
      ...built,
      ...served,
      ratioP50: served.ask.p50 / served.baseline.p50,
      ratioP99: served.ask.p99 / served.baseline.p99,
      coldStart: cold,
      afterAdd: added,
      live,
    };
  } finally {
    // Record caches of the big corpora are hundreds of MB: not left in the temp dir.
    await rm(cacheDir, { recursive: true, force: true });
    await rm(farm, { recursive: true, force: true });
    await rm(questionsFile, { force: true });
  }
}

/** 1-minute load average: on a shared machine, wall times are only as clean as the machine is idle. */
const load = (): number => Number((loadavg()[0] ?? 0).toFixed(2));

async function main(): Promise<void> {
  await mkdir(work, { recursive: true });
  await takeSnapshot();
  try {
    await benchAll();
  } finally {
    await rm(snapshot, { recursive: true, force: true });
  }
}

async function benchAll(): Promise<void> {
  const loadBefore = load();
  const corpora: [string, () => Promise<string>][] = [
    ['default', async () => join(root, 'corpus')],
    ...sizes.map((n): [string, () => Promise<string>] => [
      `synthetic-${n}`,
      async () => {
        progress(`synthetic-${n}: generating (seed ${seed})`);
        return syntheticCorpus(n, seed);
      },
    ]),
  ];
  const results: CorpusResult[] = [];
  const failed: string[] = [];
  for (const [name, dirOf] of corpora) {
    try {
      results.push(await benchCorpus(name, await dirOf()));
    } catch (e) {
      progress(`${name}: FAILED: ${(e as Error).message}`);
      failed.push(name);
    }
  }
  const verdicts = judge(results, failed);
  const cpu = cpus();
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpu[0]?.model,
    cores: cpu.length,
    loadAvg1m: { before: loadBefore, after: load() },
    passes: Number(passes),
    questions: QUESTION_COUNT,
    coldRuns,
    seed,
  };
  const env = [
    `newsdesk bench — ${meta.date} — node ${meta.node}, ${meta.cores}× ${meta.cpu ?? 'cpu'}, load avg ${loadBefore} → ${meta.loadAvg1m.after}`,
    `per corpus: ${QUESTION_COUNT} warm-up questions, then ${QUESTION_COUNT} others timed once (answer p50/p99) and ${passes}× again; p99 nearest-rank; synthetic seed ${seed}`,
  ].join('\n');
  process.stdout.write(renderReport(results, verdicts, failed, env));
  const out = join(root, '.cache', 'bench.json');
  await mkdir(dirname(out), { recursive: true });
  // Microseconds are the finest figure worth keeping; more digits are timer noise.
  const round = (_k: string, v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v);
  await writeFile(out, `${JSON.stringify({ ...meta, results, verdicts, failed }, round, 2)}\n`);
  progress(`figures written to ${out}`);
  if (failed.length) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
