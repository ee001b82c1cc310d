import {
  type ArticleFile,
  type FileStamp,
  isSkipped,
  readArticleFile,
  sameStamp,
  scanFolder,
  stampFiles,
  stampFolder,
  warnSkipped,
} from '../corpus/scan.js';
import type { Logger } from '../log.js';
import { err, ok, type Result } from '../result.js';
import type { SentenceIndex } from '../search/store.js';
import type { ArticleRecord } from './articleRecord.js';
import { assemble, type Pace } from './assemble.js';
import { openRecordCache, type RecordCache } from './recordCache.js';
import { buildRecords, type TaggingPlace } from './recordPool.js';
import { currentRules, type Rules, recordKey, rulesId } from './rules.js';

export interface StoreOptions {
  /** Folder of the record cache; undefined keeps records in memory only. */
  cacheDir?: string;
  log?: Logger;
  /** Rules other than the running code's: tests use this to check a change rebuilds everything. */
  rules?: Rules;
  tagging?: TaggingPlace;
}

/** What an update changed in the coverage, by file name. */
export interface CorpusChange {
  added: string[];
  changed: string[];
  removed: string[];
}

/** A file as last seen: its stamp, and its record unless it cannot be an article. */
interface Seen {
  stamp: FileStamp;
  record?: ArticleRecord;
}

const inCoverage = (s: Seen | undefined): s is Seen & { record: ArticleRecord } =>
  !!s?.record && s.record.text.length > 0;

const warnEmpty = (log: Logger | undefined, r: ArticleRecord): void => {
  if (r.text.length === 0) log?.warn({ file: r.file }, 'skipping article: no story text');
};

/** Records of a folder's files in name order: the order of articles and sentence ids. */
const recordsOf = (seen: ReadonlyMap<string, Seen>): ArticleRecord[] =>
  [...seen.keys()].sort().flatMap((name) => seen.get(name)?.record ?? []);

/**
 * A corpus folder and the records of its articles. Opening reads every file and assembles the
 * index from cached records, tagging only files the cache lacks; `refresh` finds what changed
 * since (by file stamps, and by name for files a watcher reported) and assembles a new index.
 */
export class CorpusStore {
  #seen = new Map<string, Seen>();
  /** The last index assembled: the next one reuses its unchanged articles. */
  #index: SentenceIndex | undefined;
  #folderError: string | undefined;

  private constructor(
    readonly dir: string,
    private readonly cache: RecordCache,
    private readonly rules: string,
    private readonly opts: StoreOptions,
  ) {}

  static async open(
    dir: string,
    opts: StoreOptions = {},
  ): Promise<Result<{ store: CorpusStore; index: SentenceIndex }>> {
    const scanned = scanFolder(dir, opts.log);
    if (!scanned.ok) return scanned;
    const rules = rulesId(opts.rules ?? currentRules());
    const store = new CorpusStore(dir, await openRecordCache(opts.cacheDir, rules, opts.log), rules, opts);
    const { files, skipped } = scanned.value;
    for (const f of skipped) if (f.stamp) store.#seen.set(f.name, { stamp: f.stamp });
    for (const [f, record] of await store.#recordsFor(files))
      store.#seen.set(f.name, { stamp: f.stamp, record });
    if (![...store.#seen.values()].some(inCoverage))
      return err(`no readable articles in ${dir} (expected .txt or .md files)`);
    store.#index = await assemble(dir, recordsOf(store.#seen));
    return ok({ store, index: store.#index });
  }

  /**
   * Each file with its record: from the cache where it has one, else built and cached.
   * Undefined for a file whose tagging failed (warned).
   */
  async #recordsFor(files: readonly ArticleFile[]): Promise<[ArticleFile, ArticleRecord | undefined][]> {
    const started = performance.now();
    const sources = files.map((f) => ({
      key: recordKey(this.rules, f.name, f.bytes),
      file: f.name,
      text: f.text,
    }));
    const found = await this.cache.read(sources.map((s) => s.key));
    const missing = sources.filter((s) => !found.has(s.key));
    const built = await buildRecords(missing, this.opts.tagging ?? 'auto', this.opts.log);
    if (built.length) {
      await this.cache.write(built);
      this.opts.log?.info(
        { tagged: built.length, cached: found.size, ms: Math.round(performance.now() - started) },
        'article records built',
      );
    }
    for (const r of built) found.set(r.key, r);
    const out = files.map((f, i): [ArticleFile, ArticleRecord | undefined] => [
      f,
      found.get(sources[i]?.key ?? ''),
    ]);
    for (const [, r] of out) if (r) warnEmpty(this.opts.log, r);
    return out;
  }

  /**
   * Looks for changes and, if the coverage changed, assembles the new index. `look.names` are
   * files a watcher reported: re-read even when their stamp looks the same. Only they are
   * looked at, unless `look.all` asks for a rescan of the whole folder (which also finds what
   * a file system failed to report). Nothing is kept until the new index is whole, so a
   * failure leaves the last state serving.
   */
  async refresh(
    look: { names?: ReadonlySet<string>; all?: boolean } = { all: true },
    pace?: Pace,
  ): Promise<{ index: SentenceIndex; change: CorpusChange } | undefined> {
    const log = this.opts.log;
    const named = look.names ?? new Set<string>();
    let stamps: Map<string, FileStamp>;
    if (look.all) {
      const folder = await stampFolder(this.dir);
      if (!folder.ok) {
        if (this.#folderError !== folder.error)
          log?.warn({ err: folder.error }, 'corpus folder unreadable; serving the last state');
        this.#folderError = folder.error;
        return undefined;
      }
      this.#folderError = undefined;
      stamps = folder.value;
    } else stamps = await stampFiles(this.dir, named);
    // A rescan starts from nothing (what it does not find is gone); a report, from the last look.
    const seen = look.all ? new Map<string, Seen>() : new Map(this.#seen);
    if (!look.all) for (const name of named) if (!stamps.has(name)) seen.delete(name);
    const fresh: ArticleFile[] = [];
    for (const [name, stamp] of stamps) {
      const old = this.#seen.get(name);
      if (old && sameStamp(old.stamp, stamp) && !named.has(name)) {
        seen.set(name, old);
        continue;
      }
      const f = readArticleFile(this.dir, name);
      if (isSkipped(f)) {
        // One warning per version of a file, not one per rescan.
        if (!(old && !old.record && sameStamp(old.stamp, stamp))) warnSkipped(log, f);
        seen.set(name, { stamp: f.stamp ?? stamp });
      } else if (old?.record && old.record.key === recordKey(this.rules, name, f.bytes)) {
        seen.set(name, { stamp: f.stamp, record: old.record });
      } else fresh.push(f);
    }
    // A file whose tagging failed is seen without a record: not retried until it changes.
    for (const [f, record] of await this.#recordsFor(fresh)) seen.set(f.name, { stamp: f.stamp, record });
    await pace?.();
    const change = changeBetween(this.#seen, seen);
    if (!change.added.length && !change.changed.length && !change.removed.length) {
      this.#seen = seen;
      return undefined;
    }
    await pace?.();
    const records = recordsOf(seen);
    await pace?.();
    const index = await assemble(this.dir, records, pace, this.#index);
    this.#seen = seen;
    this.#index = index;
    if (index.corpus.articles.length === 0)
      log?.warn({ dir: this.dir }, 'the corpus folder holds no articles now');
    return { index, change };
  }
}

/** Files that entered, changed in or left the coverage. */
function changeBetween(before: ReadonlyMap<string, Seen>, after: ReadonlyMap<string, Seen>): CorpusChange {
  const change: CorpusChange = { added: [], changed: [], removed: [] };
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(name);
    const b = after.get(name);
    if (inCoverage(b) && !inCoverage(a)) change.added.push(name);
    else if (inCoverage(a) && !inCoverage(b)) change.removed.push(name);
    else if (inCoverage(a) && inCoverage(b) && a.record.key !== b.record.key) change.changed.push(name);
  }
  for (const list of Object.values(change)) list.sort();
  return change;
}
