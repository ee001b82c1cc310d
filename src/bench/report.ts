import type { CorpusResult } from './types.js';

/** The targets from the issues; each is judged only on the corpus it names. */
export interface Target {
  corpus: string;
  label: string;
  limit: number;
  unit: 'ms' | 'MB';
  value: (r: CorpusResult) => number;
}

// A measurement whose run failed (no answer, not answerable) cannot pass, however fast it was.
const okOr = (ok: boolean, v: number): number => (ok ? v : Number.POSITIVE_INFINITY);
const coldStart = (r: CorpusResult) => okOr(r.coldStart.ok, r.coldStart.medianMs);

const target = (
  corpus: string,
  label: string,
  limit: number,
  value: Target['value'],
  unit: Target['unit'] = 'ms',
): Target => ({ corpus, label, limit, unit, value });

const K1 = 'synthetic-1000';
const K10 = 'synthetic-10000';
export const TARGETS: Target[] = [
  target('default', 'answer p50 ≤ 2 ms', 2, (r) => r.ask.p50),
  target('default', 'cold start ≤ 1 s', 1000, coldStart),
  target(K1, 'first build ≤ 20 s', 20_000, (r) => r.buildMs),
  target(K1, 'cold start ≤ 1.5 s', 1500, coldStart),
  target(K1, 'CLI after one added article ≤ 2 s', 2000, (r) => okOr(r.afterAdd.ok, r.afterAdd.medianMs)),
  // "Per question": the mean cost of a question; the table shows the p99 beside it.
  target(K1, 'per question (mean) ≤ 10 ms', 10, (r) => r.ask.mean),
  target(K10, 'cold start ≤ 4 s', 4000, coldStart),
  target(K10, 'serving RSS ≤ 700 MB', 700, (r) => r.engineRssMb, 'MB'),
  target(K10, 'answer p99 ≤ 50 ms', 50, (r) => r.ask.p99),
  target(K10, 'bot: added article answerable ≤ 5 s (slowest)', 5000, (r) => okOr(r.live.ok, r.live.maxMs)),
  target(K10, 'bot: event-loop delay while indexing ≤ 100 ms', 100, (r) => r.live.maxDelayMs),
];

export interface Verdict {
  corpus: string;
  label: string;
  limit: number;
  unit: Target['unit'];
  value: number | null;
  status: 'PASS' | 'MISS' | 'NOT RUN';
}

/** A corpus that failed counts as a miss; one left out of this run is reported as not run. */
export function judge(results: CorpusResult[], failed: string[]): Verdict[] {
  return TARGETS.map((t) => {
    const r = results.find((x) => x.name === t.corpus);
    const value = r ? t.value(r) : null;
    const status =
      value !== null ? (value <= t.limit ? 'PASS' : 'MISS') : failed.includes(t.corpus) ? 'MISS' : 'NOT RUN';
    return { corpus: t.corpus, label: t.label, limit: t.limit, unit: t.unit, value, status };
  });
}

/** Milliseconds with precision that fits their size; seconds past 10 s. */
export function ms(v: number): string {
  if (!Number.isFinite(v)) return 'n/a';
  if (v >= 10_000) return `${(v / 1000).toFixed(1)} s`;
  if (v >= 100) return `${v.toFixed(0)} ms`;
  if (v >= 10) return `${v.toFixed(1)} ms`;
  return `${v.toFixed(2)} ms`;
}

const mb = (v: number): string => (v < 1 ? `${(v * 1024).toFixed(0)} KB` : `${v.toFixed(v < 10 ? 1 : 0)} MB`);
const int = (v: number): string => v.toLocaleString('en-US');

/** One row per figure, one column per corpus: reads down a corpus, across a figure. */
const ROWS: [string, (r: CorpusResult) => string][] = [
  ['articles', (r) => int(r.articles)],
  ['sentences', (r) => int(r.sentences)],
  ['timed questions', (r) => String(r.questions)],
  ['  distinct / first asks / answered', (r) => `${r.distinct} / ${r.unseen} / ${r.answered}`],
  ['first build (empty cache)', (r) => ms(r.buildMs)],
  ['  peak RSS while building', (r) => mb(r.buildRssMb)],
  ['  record cache size', (r) => mb(r.cacheMb)],
  ['index load (warm cache)', (r) => `${ms(r.loadMs)}${r.loadRebuilt ? ' (REBUILT: cache missed)' : ''}`],
  ['answer p50', (r) => ms(r.ask.p50)],
  ['answer p99', (r) => ms(r.ask.p99)],
  ['  answer mean / max', (r) => `${ms(r.ask.mean)} / ${ms(r.ask.max)}`],
  ['  answer CPU time p50 / p99', (r) => `${ms(r.askCpu.p50)} / ${ms(r.askCpu.p99)}`],
  ['  asked again p50 / p99', (r) => `${ms(r.askAgain.p50)} / ${ms(r.askAgain.p99)}`],
  ['  first answer in process', (r) => ms(r.firstAskMs)],
  ['MiniSearch OR p50', (r) => ms(r.baseline.p50)],
  ['MiniSearch OR p99', (r) => ms(r.baseline.p99)],
  ['  OR hits per question', (r) => int(Math.round(r.baselineHits))],
  ['engine / baseline p50', (r) => `${r.ratioP50.toFixed(1)}×`],
  ['engine / baseline p99', (r) => `${r.ratioP99.toFixed(1)}×`],
  ['cold start to 1st answer', (r) => `${ms(r.coldStart.medianMs)}${r.coldStart.ok ? '' : ' (FAILED)'}`],
  ['  runs', (r) => r.coldStart.runsMs.map((x) => x.toFixed(0)).join(', ')],
  ['CLI after one added article', (r) => `${ms(r.afterAdd.medianMs)}${r.afterAdd.ok ? '' : ' (FAILED)'}`],
  ['  runs', (r) => r.afterAdd.runsMs.map((x) => x.toFixed(0)).join(', ')],
  [
    'bot: added article answerable in',
    (r) => `${ms(r.live.medianMs)} (slowest ${ms(r.live.maxMs)})${r.live.ok ? '' : ' (FAILED)'}`,
  ],
  ['  longest event-loop delay while indexing', (r) => ms(r.live.maxDelayMs)],
  ['  first answer on the new index', (r) => ms(r.live.maxFirstAskMs)],
  ['peak RSS serving answers', (r) => mb(r.engineRssMb)],
];

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function renderReport(
  results: CorpusResult[],
  verdicts: Verdict[],
  failed: string[],
  env: string,
): string {
  const figures = table(
    ['', ...results.map((r) => r.name)],
    ROWS.map(([label, f]) => [label, ...results.map(f)]),
  );
  const targets = table(
    ['target', 'corpus', 'measured', 'result'],
    verdicts.map((v) => [
      v.label,
      v.corpus,
      v.value === null ? '-' : v.unit === 'MB' ? mb(v.value) : ms(v.value),
      v.status,
    ]),
  );
  const slow = results
    .map(
      (r) =>
        `  ${r.name}: ${r.slowest
          .map((q) => `${ms(q.ms)} "${q.question}"`)
          .slice(0, 2)
          .join(', ')}`,
    )
    .join('\n');
  const failures = failed.length ? `\nFAILED corpora: ${failed.join(', ')} (see stderr)\n` : '';
  return `${env}\n\n${figures}\n\nslowest questions in the timed pass:\n${slow}\n\n${targets}\n${failures}`;
}
