import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFolder } from '../../src/corpus/scan.js';

describe('scanFolder', () => {
  it('GIVEN the built-in corpus THEN it reads its five articles in name order', () => {
    const r = scanFolder(join(import.meta.dirname, '../../corpus'));
    const names = r.ok ? r.value.files.map((f) => f.name) : [];
    expect(names).toHaveLength(5);
    expect(names).toEqual([...names].sort());
  });

  it('GIVEN binary, oversized and good files THEN the bad ones are skipped, each with one warning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(6 * 1024 * 1024, 'a'));
    await writeFile(join(dir, 'good.txt'), 'A Title\r\nThe mayor opened the bridge on Friday.');
    await writeFile(join(dir, 'notes.json'), '{}');
    const warnings: string[] = [];
    const log = { warn: (_o: unknown, msg: string) => warnings.push(msg) } as never;
    const r = scanFolder(dir, log);
    expect(r.ok && r.value.files.map((f) => [f.name, f.text])).toEqual([
      ['good.txt', 'A Title\nThe mayor opened the bridge on Friday.'],
    ]);
    expect(r.ok && r.value.skipped.map((f) => f.name)).toEqual(['binary.txt', 'huge.txt']);
    expect(warnings).toEqual(['skipping article: not text', 'skipping article: file too large']);
  });

  it('GIVEN a missing folder THEN it is an error', () => {
    expect(scanFolder('/nonexistent/corpus')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not found'),
    });
  });
});
