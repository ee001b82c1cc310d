import type { Summary } from './stats.js';

/** What the build child reports: one index build from an empty cache folder. */
export interface BuildResult {
  articles: number;
  sentences: number;
  buildMs: number;
  buildRssMb: number;
}

/** What the serve child reports: loading the persisted index, then answering. */
export interface ServeResult {
  loadMs: number;
  /** The persisted index was not used (engine changed under the run): loadMs is then no load time. */
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
}
