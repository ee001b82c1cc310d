import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FolderWatch, type Look, watchFolder } from '../../src/live/watchFolder.js';

describe('watchFolder', () => {
  let w: FolderWatch | undefined;
  afterEach(() => w?.close());

  it('GIVEN several files written at once THEN one call names them all', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'watch-'));
    const calls: Look[] = [];
    w = watchFolder(dir, (look) => calls.push(look));
    await Promise.all(['a.txt', 'b.txt', 'c.md'].map((n) => writeFile(join(dir, n), 'Some text.')));
    await vi.waitFor(() => expect(calls).toHaveLength(1), { timeout: 10_000 });
    expect([...(calls[0]?.names ?? [])].sort()).toEqual(['a.txt', 'b.txt', 'c.md']);
    expect(calls[0]?.all).toBe(false);
  });

  it('GIVEN a folder that cannot be watched THEN it warns once and falls back to rescans', async () => {
    const warnings: string[] = [];
    const log = { warn: (_o: unknown, msg: string) => warnings.push(msg) } as never;
    w = watchFolder('/nonexistent/folder', () => {}, log);
    expect(warnings).toEqual(['cannot watch the corpus folder; rescanning every 2 s instead']);
  });
});
