import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';

describe('loadCorpus', () => {
  it('GIVEN the built-in corpus THEN it loads five articles with titles and sentences', async () => {
    const r = await loadCorpus(join(import.meta.dirname, '../../corpus'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.articles).toHaveLength(5);
    for (const a of r.value.articles) {
      expect(a.title.length).toBeGreaterThan(10);
      expect(a.sentences.length).toBeGreaterThan(5);
    }
    expect(r.value.articles.find((a) => a.publisher === 'Dawn')?.published).toBe('2025-08-21');
  });

  it('GIVEN empty, binary and good files THEN the bad ones are skipped and the rest is served', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
    await writeFile(join(dir, 'good.txt'), 'A Title\nThe mayor opened the bridge on Friday.');
    const warnings: string[] = [];
    const log = { warn: (_o: unknown, msg: string) => warnings.push(msg) } as never;
    const r = await loadCorpus(dir, log);
    expect(r.ok && r.value.articles.map((a) => a.id)).toEqual(['good']);
    expect(warnings).toHaveLength(2);
  });

  it('GIVEN a missing or empty folder THEN it is an error, not an empty corpus', async () => {
    expect(await loadCorpus('/nonexistent/corpus')).toMatchObject({ ok: false });
    const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
    expect(await loadCorpus(dir)).toMatchObject({ ok: false });
  });
});
