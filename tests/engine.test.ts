import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openEngine } from '../src/engine.js';

const corpusDir = join(import.meta.dirname, '../corpus');

describe('openEngine cache placement', () => {
  it('GIVEN a cache folder inside the corpus THEN nothing is written there and answers still work', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
    await cp(corpusDir, dir, { recursive: true });
    const before = (await readdir(dir)).sort();
    const opened = await openEngine({ corpusDir: dir, cacheDir: join(dir, '.cache') });
    expect(opened.ok && opened.value.ask('Who chaired the meeting?').answer).toMatch(/Cavo Dragone/);
    expect((await readdir(dir)).sort()).toEqual(before);
  });
});

describe('openEngine on a watched folder', () => {
  it('GIVEN questions asked while an article is added THEN each answer comes whole from the old or the new state', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
    await cp(corpusDir, dir, { recursive: true });
    const opened = await openEngine({ corpusDir: dir, watch: true });
    if (!opened.ok) throw new Error(opened.error);
    const engine = opened.value;
    const question = 'Who opened the Tidewater Museum?';
    await writeFile(
      join(dir, 'museum.txt'),
      'Museum opens\n\nMayor Ilse Brandt opened the Tidewater Museum in Harrowgate on Friday.\n',
    );
    const mixed: unknown[] = [];
    await vi.waitFor(
      () => {
        const a = engine.ask(question);
        const citesNew = a.citations.some((c) => c.articleId === 'museum');
        // Five articles and no museum, or six and the museum: never one without the other.
        if (a.totalArticles === 6 ? !citesNew : citesNew || a.totalArticles !== 5) mixed.push(a);
        expect(a.totalArticles).toBe(6);
      },
      { timeout: 30_000, interval: 5 },
    );
    expect(mixed).toEqual([]);
    expect(engine.sources().map((s) => s.id)).toContain('museum');
    await engine.close();
  });
});
