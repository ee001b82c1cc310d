import { type FSWatcher, watch } from 'node:fs';
import type { Logger } from '../log.js';

/** Quiet time after the last event before a look: a copy of many files becomes one update. */
const SETTLE_MS = 200;
/** A steady stream of events still gets a look this often. */
const MAX_WAIT_MS = 1000;
/** A full rescan this often, for file systems that drop events (network mounts, some containers). */
export const RESCAN_MS = 15_000;
/** Without events at all (fs.watch unsupported), rescans come this often instead. */
const POLL_MS = 2_000;

export interface FolderWatch {
  close(): void;
}

/** What to look at: files events named, and whether to rescan the whole folder. */
export interface Look {
  names: Set<string>;
  all: boolean;
}

/**
 * Calls `onChange` with the file names events reported, or with `all` for a periodic (or
 * name-less) rescan, at most once per settle time. The caller re-reads and diffs what it is told.
 */
export function watchFolder(dir: string, onChange: (look: Look) => void, log?: Logger): FolderWatch {
  let look: Look = { names: new Set(), all: false };
  let settle: NodeJS.Timeout | undefined;
  let firstAt = 0;
  const fire = () => {
    settle = undefined;
    const batch = look;
    look = { names: new Set(), all: false };
    onChange(batch);
  };
  // A name-less event (some platforms send them) or a timer tick: rescan everything.
  const hint = (name: string | null) => {
    if (name) look.names.add(name);
    else look.all = true;
    const now = Date.now();
    if (!settle) firstAt = now;
    clearTimeout(settle);
    settle = setTimeout(fire, now - firstAt >= MAX_WAIT_MS ? 0 : SETTLE_MS);
  };
  let rescan: NodeJS.Timeout | undefined;
  const rescanEvery = (ms: number) => {
    clearInterval(rescan);
    rescan = setInterval(() => hint(null), ms);
    rescan.unref();
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { persistent: false }, (_event, name) => hint(name ? String(name) : null));
    watcher.on('error', (e) => {
      log?.warn({ dir, err: e.message }, 'corpus folder watch failed; rescanning every 2 s instead');
      watcher?.close();
      rescanEvery(POLL_MS);
    });
    rescanEvery(RESCAN_MS);
  } catch (e) {
    log?.warn(
      { dir, err: (e as Error).message },
      'cannot watch the corpus folder; rescanning every 2 s instead',
    );
    rescanEvery(POLL_MS);
  }
  return {
    close() {
      watcher?.close();
      clearInterval(rescan);
      clearTimeout(settle);
    },
  };
}
