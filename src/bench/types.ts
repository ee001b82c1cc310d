import type { Summary } from './stats.js';

/** What the build child reports: one index build from an empty cache folder. */
export interface BuildResult {
  articles: number;
  sentences: number;
  buildMs: number;
  buildRssMb: number;
}

/** What the serve child reports: opening the corpus from its cached records, then answering. */
export interface ServeResult {
  loadMs: number;
  /** Records were built rather than read (engine changed under the run): loadMs is then no load time. */
  loadRebuilt: boolean;
  firstAskMs: number;
  /** Timed asks, distinct questions among them, asks that were a question's first, asks answered. */
  questions: number;
  distinct: number;
  unseen: number;
  answered: number;
  /** The timed pass (each question's first ask on any corpus but a tiny one): the figure the targets judge. */
  ask: Summary;
  /** The same questions asked again (passes), with their sentences already prepared. */
  askAgain: Summary;
  /** CPU time of the same calls: context when the machine is busy; targets use wall time. */
  askCpu: Summary;
  /** The five questions with the highest mean answer time. */
  slowest: { question: string; ms: number }[];
  engineRssMb: number;
  baselineLoadMs: number;
  baseline: Summary;
  baselineHits: number;
}

/** The running bot (watching its folder) while articles are added one at a time. */
export interface LiveResult {
  /**
   * Per added article: file written → a question about it answered from it; the longest
   * event-loop delay while it was indexed (until the new index was swapped in); the first
   * question's time on the new index.
   */
  runs: { ms: number; maxDelayMs: number; firstAskMs: number; answered: boolean }[];
  medianMs: number;
  maxMs: number;
  maxDelayMs: number;
  maxFirstAskMs: number;
  /** Every added article became answerable. */
  ok: boolean;
}

export interface ColdStart {
  runsMs: number[];
  medianMs: number;
  /** Every run exited 0 and printed a JSON answer. */
  ok: boolean;
}

/** Every figure for one corpus, as printed and as written to .cache/bench.json. */
export interface CorpusResult extends BuildResult, ServeResult {
  name: string;
  dir: string;
  cacheMb: number;
  ratioP50: number;
  ratioP99: number;
  coldStart: ColdStart;
  /** The CLI's first answer right after one article was added to the folder (the record cache warm). */
  afterAdd: ColdStart;
  live: LiveResult;
}
