import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log.js';
import type { ArticleRecord } from './articleRecord.js';
import { decodeShard, encodeShard } from './shardFormat.js';

/** Records per shard file: big enough that 10k articles are ten files, small enough to rewrite. */
const SHARD_RECORDS = 1000;
/** A shard with fewer records is "small" (live updates write those); this many read together are merged. */
const SMALL_SHARD = 64;
const MERGE_SMALL = 16;
/** A shard none of whose records was read for this long is deleted. */
const KEEP_DAYS = 30;
const MANIFEST = 'manifest.json';

interface ShardEntry {
  keys: string[];
  /** Day (since the epoch) a record of it was last read or written. */
  used: number;
}

interface Manifest {
  format: 1;
  shards: Record<string, ShardEntry>;
}

const today = (): number => Math.floor(Date.now() / 86_400_000);
const emptyManifest = (): Manifest => ({ format: 1, shards: {} });

/** The on-disk record cache: only reads and writes what is asked; never throws. */
export interface RecordCache {
  /** The cached records among these keys. Damaged or missing shards are skipped (and forgotten). */
  read(keys: readonly string[]): Promise<Map<string, ArticleRecord>>;
  /** Stores new records. A failure is a warning: they are simply rebuilt next time. */
  write(records: readonly ArticleRecord[]): Promise<void>;
}

const noCache: RecordCache = {
  read: async () => new Map(),
  write: async () => {},
};

async function writeAtomic(file: string, data: Buffer | string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/**
 * Records live in shard files under `records-<rules id>/`, listed by a manifest (shard → keys).
 * Shards are immutable and named by their content hash, and the manifest is replaced whole
 * (write, then rename), so a reader never sees half a file. Several processes may share the
 * folder: each re-reads the manifest before writing it and merges its own changes in; a lost
 * race only costs re-tagging a few articles.
 */
class ShardCache implements RecordCache {
  /** Changes this process made, merged into the manifest on disk at each flush. */
  readonly #added = new Map<string, ShardEntry>();
  readonly #removed = new Set<string>();
  readonly #touched = new Set<string>();

  constructor(
    readonly dir: string,
    private manifest: Manifest,
    readonly log?: Logger,
  ) {}

  async read(keys: readonly string[]): Promise<Map<string, ArticleRecord>> {
    const wanted = new Set(keys);
    const found = new Map<string, ArticleRecord>();
    const small: ArticleRecord[] = [];
    const smallShards: string[] = [];
    for (const [name, entry] of Object.entries(this.manifest.shards)) {
      if (this.#removed.has(name) || !entry.keys.some((k) => wanted.has(k) && !found.has(k))) continue;
      const records = await this.#readShard(name);
      if (!records) continue;
      // The manifest is rewritten for a read only once a day, to keep the shard from expiring.
      if (entry.used < today()) this.#touched.add(name);
      const isSmall = records.length < SMALL_SHARD;
      if (isSmall) smallShards.push(name);
      for (const r of records) {
        if (!wanted.has(r.key) || found.has(r.key)) continue;
        found.set(r.key, r);
        if (isSmall) small.push(r);
      }
    }
    // Live updates leave many small shards: merged once enough of them are read together.
    if (smallShards.length >= MERGE_SMALL) {
      for (const name of smallShards) this.#removed.add(name);
      await this.write(small);
    } else if (this.#touched.size || this.#removed.size) await this.#flush();
    return found;
  }

  async #readShard(name: string): Promise<ArticleRecord[] | undefined> {
    const file = join(this.dir, name);
    let buf: Buffer;
    try {
      buf = await readFile(file);
    } catch (e) {
      // Another process may have merged it away since the manifest was read: rebuilt, not an error.
      this.log?.info(
        { shard: name, err: (e as Error).message },
        'record shard missing; its articles are rebuilt',
      );
      this.#removed.add(name);
      return undefined;
    }
    try {
      return decodeShard(buf);
    } catch (e) {
      this.log?.warn(
        { shard: file, err: (e as Error).message },
        'record cache: damaged shard ignored; its articles are rebuilt',
      );
      this.#removed.add(name);
      await rm(file, { force: true }).catch(() => undefined);
      return undefined;
    }
  }

  async write(records: readonly ArticleRecord[]): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
      for (let i = 0; i < records.length; i += SHARD_RECORDS) {
        const part = records.slice(i, i + SHARD_RECORDS);
        const buf = encodeShard(part);
        const name = `shard-${createHash('sha256').update(buf).digest('hex').slice(0, 16)}.nds`;
        await writeAtomic(join(this.dir, name), buf);
        this.#added.set(name, { keys: part.map((r) => r.key), used: today() });
        this.#removed.delete(name);
      }
      await this.#flush();
    } catch (e) {
      this.log?.warn({ dir: this.dir, err: (e as Error).message }, 'record cache not written');
    }
  }

  /** Merges this process's changes into the manifest on disk, and deletes what nobody lists or uses. */
  async #flush(): Promise<void> {
    try {
      // Silent: a damaged manifest was reported when the cache was opened, and is replaced now.
      const onDisk = (await readManifest(this.dir)) ?? emptyManifest();
      const day = today();
      const shards = { ...onDisk.shards };
      for (const [name, entry] of this.#added) shards[name] = entry;
      for (const name of this.#touched) {
        const entry = shards[name];
        if (entry) entry.used = day;
      }
      for (const name of this.#removed) delete shards[name];
      const present = new Set(await readdir(this.dir));
      const stale: string[] = [...this.#removed];
      for (const [name, entry] of Object.entries(shards)) {
        if (present.has(name) && entry.used >= day - KEEP_DAYS) continue;
        delete shards[name];
        stale.push(name);
      }
      this.manifest = { format: 1, shards };
      await writeAtomic(join(this.dir, MANIFEST), JSON.stringify(this.manifest));
      this.#added.clear();
      this.#touched.clear();
      this.#removed.clear();
      for (const name of stale) await rm(join(this.dir, name), { force: true });
      await this.#dropOrphans(present, shards);
    } catch (e) {
      this.log?.warn({ dir: this.dir, err: (e as Error).message }, 'record cache manifest not written');
    }
  }

  /** Shards no manifest lists (a lost race, a crash mid-write) once they are a day old. */
  async #dropOrphans(present: Set<string>, shards: Record<string, ShardEntry>): Promise<void> {
    for (const name of present) {
      if (name === MANIFEST || name in shards) continue;
      const file = join(this.dir, name);
      const info = await stat(file).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs > 86_400_000) await rm(file, { force: true });
    }
  }
}

async function readManifest(dir: string, log?: Logger): Promise<Manifest | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const m = JSON.parse(text) as Manifest;
    if (m?.format !== 1 || typeof m.shards !== 'object' || m.shards === null)
      throw new Error('unknown format');
    for (const e of Object.values(m.shards))
      if (!Array.isArray(e?.keys) || typeof e.used !== 'number') throw new Error('bad shard entry');
    return m;
  } catch (e) {
    log?.warn(
      { dir, err: (e as Error).message },
      'record cache: damaged manifest ignored; articles are rebuilt',
    );
    return undefined;
  }
}

/**
 * The record cache for one rule set under `cacheDir` (its own folder, so records built under
 * other rules are never read), or one that holds nothing when there is no cache folder.
 */
export async function openRecordCache(
  cacheDir: string | undefined,
  rules: string,
  log?: Logger,
): Promise<RecordCache> {
  if (!cacheDir) return noCache;
  const dir = join(cacheDir, `records-${rules}`);
  return new ShardCache(dir, (await readManifest(dir, log)) ?? emptyManifest(), log);
}
