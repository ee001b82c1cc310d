import { isAbsolute, relative, resolve } from 'node:path';
import { answerQuestion, explainQuestion } from './answer/answer.js';
import type { Explanation } from './answer/explain.js';
import { answerModel } from './answer/model/weights.js';
import type { Answer } from './answer/types.js';
import type { Article, ArticleMeta, Corpus } from './corpus/types.js';
import { liveUpdates } from './live/liveUpdates.js';
import { watchFolder } from './live/watchFolder.js';
import type { Logger } from './log.js';
import { err, ok, type Result } from './result.js';
import type { SentenceIndex } from './search/store.js';
import { CorpusStore } from './store/corpusStore.js';
import { buildTimeline, filterTimeline } from './timeline/index.js';
import type { TimelineEntry, TimelineOptions } from './timeline/types.js';

/** An article as /sources and `npm run sources` list it. */
export interface SourceInfo extends Omit<ArticleMeta, 'file'> {
  sentences: number;
}

/** The whole product behind one interface: every surface (CLI, Discord, bench) uses only this. */
export interface Engine {
  /** The corpus being served now (a live corpus replaces it on each update). */
  readonly corpus: Corpus;
  /** Never throws; a question the coverage cannot answer gives `answer: null`. */
  ask(question: string): Answer;
  /** The same answer with its reasons: the top candidates and each feature's contribution. */
  explain(question: string): { answer: Answer; explanation?: Explanation };
  sources(): SourceInfo[];
  /** The article with this id, while it is in the coverage. */
  source(id: string): SourceInfo | undefined;
  timeline(opts?: TimelineOptions): TimelineEntry[];
  /** Stops watching the corpus folder (if it was watched); answers keep coming from the last state. */
  close(): Promise<void>;
}

export interface EngineOptions {
  corpusDir: string;
  /** Folder for the per-article record cache; undefined disables persistence. */
  cacheDir?: string;
  log?: Logger;
  /** Watch the folder and serve added, changed and removed articles without a restart. */
  watch?: boolean;
}

/** The cache folder, unless it lies inside the corpus: its files would then read as an article folder's clutter. */
function cacheOutside(opts: EngineOptions): string | undefined {
  if (!opts.cacheDir) return undefined;
  const rel = relative(resolve(opts.corpusDir), resolve(opts.cacheDir));
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
    opts.log?.warn(
      { cacheDir: opts.cacheDir },
      'cache folder is inside the corpus folder: article records not persisted',
    );
    return undefined;
  }
  return opts.cacheDir;
}

/** Everything served from one corpus state; the timeline is built on first use. */
interface State {
  index: SentenceIndex;
  sources: SourceInfo[];
  byId: Map<string, SourceInfo>;
  timeline?: TimelineEntry[];
}

/** Articles are reused across updates when unchanged, and so is what /sources says of them. */
const sourceOf = new WeakMap<Article, SourceInfo>();

function stateOf(index: SentenceIndex): State {
  const sources = index.corpus.articles.map((a) => {
    let s = sourceOf.get(a);
    if (!s) {
      const { sentences, file: _file, ...meta } = a;
      s = { ...meta, sentences: sentences.length };
      sourceOf.set(a, s);
    }
    return s;
  });
  return { index, sources, byId: new Map(sources.map((s) => [s.id, s])) };
}

/** Loads the corpus and its index (tagging only articles the record cache lacks), and watches it if asked. */
export async function openEngine(opts: EngineOptions): Promise<Result<Engine>> {
  const opened = await CorpusStore.open(opts.corpusDir, {
    cacheDir: cacheOutside(opts),
    log: opts.log,
    // The running bot never loads the tagger on the thread that answers.
    tagging: opts.watch ? 'workers' : 'auto',
  });
  if (!opened.ok) return err(opened.error);
  // Decode the weights now, not in the first question (a stall of ~50–150 ms).
  answerModel();
  // Replaced whole by each update: every call reads it once, so it answers from one state.
  let state = stateOf(opened.value.index);
  let close = async (): Promise<void> => {};
  if (opts.watch) {
    const updates = liveUpdates(
      opened.value.store,
      (index) => {
        state = stateOf(index);
      },
      opts.log,
    );
    const watch = watchFolder(opts.corpusDir, (look) => void updates.request(look), opts.log);
    close = async () => {
      watch.close();
      await updates.close();
    };
  }
  return ok({
    get corpus() {
      return state.index.corpus;
    },
    ask: (question) => answerQuestion(state.index, question),
    explain: (question) => explainQuestion(state.index, question),
    sources: () => state.sources,
    source: (id) => state.byId.get(id),
    timeline: (o) => {
      const s = state;
      s.timeline ??= buildTimeline(s.index.corpus);
      return filterTimeline(s.timeline, o);
    },
    close: () => close(),
  });
}
