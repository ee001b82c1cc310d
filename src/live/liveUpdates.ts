import type { Logger } from '../log.js';
import type { SentenceIndex } from '../search/store.js';
import type { Pace } from '../store/assemble.js';
import type { CorpusStore } from '../store/corpusStore.js';
import type { Look } from './watchFolder.js';

/** Longest stretch of update work between two yields to the event loop. */
const SLICE_MS = 8;
/** File names logged per kind of change; the counts are always complete. */
const NAMES_LOGGED = 20;

/** Yields to the event loop once a slice of work has run, so questions wait at most about a slice. */
function slicer(): Pace {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await new Promise((r) => setImmediate(r));
    since = performance.now();
  };
}

export interface LiveUpdates {
  /** Asks for a look at these files, or at the whole folder; returns when it is done. */
  request(look: Look): Promise<void>;
  /** Waits for the update under way, and stops taking requests. */
  close(): Promise<void>;
}

/**
 * Runs one folder refresh at a time; requests arriving meanwhile join the next one. A new
 * index is handed to `swap` whole, so a question is answered from one state, never a mix.
 */
export function liveUpdates(
  store: CorpusStore,
  swap: (index: SentenceIndex) => void,
  log?: Logger,
): LiveUpdates {
  let pending: Look = { names: new Set(), all: false };
  let wanted = false;
  let running: Promise<void> | undefined;
  let closed = false;

  async function once(): Promise<void> {
    const look = pending;
    pending = { names: new Set(), all: false };
    wanted = false;
    const started = performance.now();
    const r = await store.refresh(look, slicer());
    if (!r) return;
    swap(r.index);
    const { added, changed, removed } = r.change;
    log?.info(
      {
        added: added.length,
        changed: changed.length,
        removed: removed.length,
        files: {
          added: added.slice(0, NAMES_LOGGED),
          changed: changed.slice(0, NAMES_LOGGED),
          removed: removed.slice(0, NAMES_LOGGED),
        },
        articles: r.index.corpus.articles.length,
        ms: Math.round(performance.now() - started),
      },
      'corpus updated',
    );
  }

  async function loop(): Promise<void> {
    while (wanted && !closed) {
      try {
        await once();
      } catch (e) {
        log?.error({ err: e }, 'corpus update failed; serving the last state');
      }
    }
    running = undefined;
  }

  return {
    request(look) {
      if (closed) return Promise.resolve();
      for (const n of look.names) pending.names.add(n);
      pending.all ||= look.all;
      wanted = true;
      running ??= loop();
      return running;
    },
    async close() {
      closed = true;
      await running;
    },
  };
}
