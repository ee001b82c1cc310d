import { appendFile, cp, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { annotateArticle } from '../../src/nlp/annotate.js';
import { CorpusStore, type StoreOptions } from '../../src/store/corpusStore.js';
import { currentRules } from '../../src/store/rules.js';
import { indexSnapshot } from '../support/indexSnapshot.js';

// Counts tagger calls (one per article) while tagging for real.
vi.mock('../../src/nlp/annotate.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/nlp/annotate.js')>();
  return { ...real, annotateArticle: vi.fn(real.annotateArticle) };
});
const tagged = vi.mocked(annotateArticle);

const DEFAULT_CORPUS = join(import.meta.dirname, '../../corpus');

async function folders() {
  const root = await mkdtemp(join(tmpdir(), 'store-'));
  const corpus = join(root, 'corpus');
  await cp(DEFAULT_CORPUS, corpus, { recursive: true });
  return { corpus, cacheDir: join(root, 'cache') };
}

async function open(dir: string, opts: StoreOptions) {
  const r = await CorpusStore.open(dir, opts);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** A log that keeps warning messages. */
function warnings() {
  const seen: string[] = [];
  const log = {
    warn: (_o: unknown, msg: string) => seen.push(msg),
    info: () => {},
    debug: () => {},
  } as never;
  return { log, seen };
}

const shardsOf = async (cacheDir: string) => {
  const [folder] = await readdir(cacheDir);
  const dir = join(cacheDir, folder ?? '');
  return (await readdir(dir)).filter((f) => f.endsWith('.nds')).map((f) => join(dir, f));
};

const MAYOR = 'Mayor Ilse Brandt opened the Tidewater Museum in Harrowgate on Friday.';

describe('the per-article record cache', () => {
  beforeEach(() => {
    tagged.mockClear();
  });

  it('GIVEN a cached corpus THEN reopening tags nothing and gives the same index', async () => {
    const { corpus, cacheDir } = await folders();
    const first = await open(corpus, { cacheDir });
    expect(tagged).toHaveBeenCalledTimes(5);
    tagged.mockClear();
    const again = await open(corpus, { cacheDir });
    expect(tagged).not.toHaveBeenCalled();
    expect(indexSnapshot(again.index)).toEqual(indexSnapshot(first.index));
  });

  it('GIVEN one article changed, one added and one removed THEN only the changed and the added are tagged', async () => {
    const { corpus, cacheDir } = await folders();
    await open(corpus, { cacheDir });
    const [one, two] = (await readdir(corpus)).sort();
    await appendFile(join(corpus, one ?? ''), `\n\n${MAYOR}\n`);
    await writeFile(join(corpus, 'zz-museum.txt'), `Museum opens\n\n${MAYOR}\n`);
    await rm(join(corpus, two ?? ''));
    tagged.mockClear();
    const { index } = await open(corpus, { cacheDir });
    expect(tagged).toHaveBeenCalledTimes(2);
    expect(index.corpus.articles.map((a) => a.file)).not.toContain(two);
    expect(answerQuestion(index, 'Who opened the Tidewater Museum?').answer).toMatch(/Ilse Brandt/);
  });

  it('GIVEN a running store WHEN one article changes THEN a refresh tags that article alone', async () => {
    const { corpus, cacheDir } = await folders();
    const { store } = await open(corpus, { cacheDir });
    const [one] = (await readdir(corpus)).sort();
    await appendFile(join(corpus, one ?? ''), `\n\n${MAYOR}\n`);
    tagged.mockClear();
    const r = await store.refresh({ names: new Set([one ?? '']) });
    expect(tagged).toHaveBeenCalledTimes(1);
    expect(r?.change).toEqual({ added: [], changed: [one], removed: [] });
    expect(await store.refresh()).toBeUndefined();
    // A rescan of the whole folder finds a change no watcher reported, by the file's stamp.
    await appendFile(join(corpus, one ?? ''), 'The museum opens on Sundays.\n');
    expect((await store.refresh({ all: true }))?.change.changed).toEqual([one]);
  });

  it('GIVEN another engine version or other text rules THEN every article is tagged again', async () => {
    const { corpus, cacheDir } = await folders();
    await open(corpus, { cacheDir });
    for (const rules of [
      { ...currentRules(), engine: 'another-version' },
      { ...currentRules(), text: 'other-text-rules' },
      { ...currentRules(), keys: 'other-key-rules' },
    ]) {
      tagged.mockClear();
      await open(corpus, { cacheDir, rules });
      expect(tagged).toHaveBeenCalledTimes(5);
    }
  });

  it('GIVEN a truncated shard THEN it is ignored with a warning and its articles are rebuilt', async () => {
    const { corpus, cacheDir } = await folders();
    const built = await open(corpus, { cacheDir });
    const [shard] = await shardsOf(cacheDir);
    await truncate(shard ?? '', 1000);
    const { log, seen } = warnings();
    tagged.mockClear();
    const reopened = await open(corpus, { cacheDir, log });
    expect(seen).toEqual(['record cache: damaged shard ignored; its articles are rebuilt']);
    expect(tagged).toHaveBeenCalledTimes(5);
    expect(indexSnapshot(reopened.index)).toEqual(indexSnapshot(built.index));
    tagged.mockClear();
    await open(corpus, { cacheDir });
    expect(tagged).not.toHaveBeenCalled();
  });

  it('GIVEN a shard with a changed byte THEN the checksum rejects it and nothing crashes', async () => {
    const { corpus, cacheDir } = await folders();
    await open(corpus, { cacheDir });
    const [shard = ''] = await shardsOf(cacheDir);
    const bytes = await readFile(shard);
    bytes[bytes.length - 40] = (bytes[bytes.length - 40] ?? 0) ^ 0xff;
    await writeFile(shard, bytes);
    const { log, seen } = warnings();
    await open(corpus, { cacheDir, log });
    expect(seen).toEqual(['record cache: damaged shard ignored; its articles are rebuilt']);
  });

  it('GIVEN a damaged manifest THEN it is ignored with a warning and the corpus is rebuilt', async () => {
    const { corpus, cacheDir } = await folders();
    await open(corpus, { cacheDir });
    const [folder = ''] = await readdir(cacheDir);
    await writeFile(join(cacheDir, folder, 'manifest.json'), '{"format":1,"shards":{"x":');
    const { log, seen } = warnings();
    tagged.mockClear();
    const { index } = await open(corpus, { cacheDir, log });
    expect(seen).toEqual(['record cache: damaged manifest ignored; articles are rebuilt']);
    expect(tagged).toHaveBeenCalledTimes(5);
    expect(answerQuestion(index, 'Who chaired the meeting?').answer).toMatch(/Cavo Dragone/);
  });

  it('GIVEN a folder without articles THEN opening it is an error, not an empty corpus', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
    expect(await CorpusStore.open(dir)).toMatchObject({
      ok: false,
      error: expect.stringContaining('no readable articles'),
    });
  });
});
