import { isAbsolute, relative, resolve } from 'node:path';
import { answerQuestion } from './answer/answer.js';
import type { Answer } from './answer/types.js';
import { loadCorpus } from './corpus/load.js';
import type { ArticleMeta, Corpus } from './corpus/types.js';
import type { Logger } from './log.js';
import { err, ok, type Result } from './result.js';
import { openIndex } from './search/store.js';
import { buildTimeline, filterTimeline } from './timeline/index.js';
import type { TimelineEntry, TimelineOptions } from './timeline/types.js';

/** An article as /sources and `npm run sources` list it. */
export interface SourceInfo extends Omit<ArticleMeta, 'file'> {
  sentences: number;
}

/** The whole product behind one interface: every surface (CLI, Discord, bench) uses only this. */
export interface Engine {
  readonly corpus: Corpus;
  /** Never throws; a question the coverage cannot answer gives `answer: null`. */
  ask(question: string): Answer;
  sources(): SourceInfo[];
  timeline(opts?: TimelineOptions): TimelineEntry[];
}

export interface EngineOptions {
  corpusDir: string;
  /** Folder for the persisted annotated index; undefined disables persistence. */
  cacheDir?: string;
  log?: Logger;
}

/** The cache folder, unless it lies inside the corpus: the index file would then read as an article folder's clutter. */
function cacheOutside(opts: EngineOptions): string | undefined {
  if (!opts.cacheDir) return undefined;
  const rel = relative(resolve(opts.corpusDir), resolve(opts.cacheDir));
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
    opts.log?.warn(
      { cacheDir: opts.cacheDir },
      'cache folder is inside the corpus folder: index not persisted',
    );
    return undefined;
  }
  return opts.cacheDir;
}

/** Loads the corpus and its annotated index (from cache when the corpus is unchanged). */
export async function openEngine(opts: EngineOptions): Promise<Result<Engine>> {
  const loaded = await loadCorpus(opts.corpusDir, opts.log);
  if (!loaded.ok) return err(loaded.error);
  const corpus = loaded.value;
  const index = await openIndex(corpus, { cacheDir: cacheOutside(opts), log: opts.log });
  let timeline: TimelineEntry[] | undefined;
  const sources: SourceInfo[] = corpus.articles.map(({ sentences, file: _file, ...meta }) => ({
    ...meta,
    sentences: sentences.length,
  }));
  return ok({
    corpus,
    ask: (question) => answerQuestion(index, question),
    sources: () => sources,
    timeline: (o) => {
      timeline ??= buildTimeline(corpus);
      return filterTimeline(timeline, o);
    },
  });
}
