import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { openIndex } from '../../src/search/store.js';

const corpusDir = join(import.meta.dirname, '../../corpus');

describe('openIndex', () => {
  it('GIVEN a cache folder THEN the second open reads the persisted index and answers the same', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'cache-'));
    const loaded = await loadCorpus(corpusDir);
    if (!loaded.ok) throw new Error(loaded.error);
    const built = await openIndex(loaded.value, { cacheDir });
    expect(await readdir(cacheDir)).toHaveLength(1);
    const read = await openIndex(loaded.value, { cacheDir });
    expect(read.pos).toEqual(built.pos);
    expect(read.mini.search('chaired').map((h) => h.id)).toEqual(
      built.mini.search('chaired').map((h) => h.id),
    );
  });

  it('GIVEN the cache is keyed by the corpus THEN an edited corpus is not served a stale index', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'cache-'));
    const loaded = await loadCorpus(corpusDir);
    if (!loaded.ok) throw new Error(loaded.error);
    await openIndex(loaded.value, { cacheDir });
    const edited = { ...loaded.value, hash: `${loaded.value.hash}x` };
    await openIndex(edited, { cacheDir });
    expect(await readdir(cacheDir)).toHaveLength(2);
  });
});

describe('openEngine cache placement', () => {
  it('GIVEN a cache folder inside the corpus THEN nothing is written there and answers still work', async () => {
    const { cp, mkdtemp: mk, readdir: ls } = await import('node:fs/promises');
    const { openEngine } = await import('../../src/engine.js');
    const dir = await mk(join(tmpdir(), 'corpus-'));
    await cp(corpusDir, dir, { recursive: true });
    const before = (await ls(dir)).sort();
    const opened = await openEngine({ corpusDir: dir, cacheDir: join(dir, '.cache') });
    expect(opened.ok && opened.value.ask('Who chaired the meeting?').answer).toMatch(/Cavo Dragone/);
    expect((await ls(dir)).sort()).toEqual(before);
  });
});
