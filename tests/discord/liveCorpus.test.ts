import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openEngine } from '../../src/engine.js';
import { buttonIds } from '../support/botHarness.js';
import { firstEmbed as embed } from '../support/embeds.js';
import { FIXTURE_CORPUS } from '../support/fixtureEngine.js';
import { useHarness } from '../support/useHarness.js';

const dir = await mkdtemp(join(tmpdir(), 'live-corpus-'));
await cp(FIXTURE_CORPUS, dir, { recursive: true });
const logs: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    logs.push(String(chunk));
    done();
  },
});
const opened = await openEngine({
  corpusDir: dir,
  cacheDir: await mkdtemp(join(tmpdir(), 'live-cache-')),
  log: pino({ level: 'info' }, sink),
  watch: true,
});
if (!opened.ok) throw new Error(opened.error);
const engine = opened.value;

const MUSEUM = `---
title: Harrowgate opens the Tidewater Museum
publisher: Harrowgate Herald
published: 2026-03-03
---

Mayor Ilse Brandt opened the Tidewater Museum in Harrowgate on March 3, 2026.

The museum holds four thousand ship models.
`;
const QUESTION = 'Who opened the Tidewater Museum?';
const question = (value: string) => [{ name: 'question', type: 3, value }];
/** Polls until the bot shows the change: the watcher has seconds, and a test never asserts a duration. */
const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 30_000, interval: 200 });

describe('the bot on a watched corpus folder', () => {
  const h = useHarness(async () => ({ engine }));
  afterAll(() => engine.close());
  const answerText = async () => embed((await h.command('ask', question(QUESTION))).body).description;
  const sourcesTitle = async () => embed((await h.command('sources', [])).body).title;

  it('GIVEN an article written into the folder THEN /ask answers from it, and /sources, autocomplete and /timeline show it', async () => {
    expect(await answerText()).toContain('The coverage does not answer this.');
    await writeFile(join(dir, 'museum.md'), MUSEUM);
    await eventually(async () => expect(await answerText()).toContain('Ilse Brandt'));
    expect(await sourcesTitle()).toBe('4 articles in the coverage');
    const { body } = await h.autocomplete('sources', [
      { name: 'article', type: 3, value: 'tidewater', focused: true },
    ]);
    expect(body.data?.choices).toEqual([
      { name: '[4] Harrowgate opens the Tidewater Museum', value: 'museum' },
    ]);
    const timeline = await h.command('timeline', [{ name: 'topic', type: 3, value: 'museum' }]);
    expect(embed(timeline.body).description).toMatch(/\*\*2026-03-03\*\* — .*Tidewater Museum/);
    const update = logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'corpus updated');
    expect(update).toMatchObject({ level: 30, added: 1, changed: 0, removed: 0, ms: expect.any(Number) });
  });

  it('GIVEN a binary file added THEN it is skipped with one warning and the bot keeps answering', async () => {
    await writeFile(join(dir, 'scan.txt'), Buffer.from([0, 159, 146, 150, 0]));
    const warned = () =>
      logs.filter((l) => l.includes('skipping article: not text') && l.includes('scan.txt'));
    await eventually(async () => expect(warned()).toHaveLength(1));
    // Another change makes another pass over the folder: the same file is not reported again.
    await writeFile(join(dir, 'note.txt'), 'Short note\n\nThe ferry to Harrowgate now runs every hour.\n');
    await eventually(async () => expect(await sourcesTitle()).toBe('5 articles in the coverage'));
    expect(warned()).toHaveLength(1);
    expect(await answerText()).toContain('Ilse Brandt');
  });

  it('GIVEN the article deleted THEN it is not cited again, /sources drops it, and older answers’ buttons say it is gone', async () => {
    const before = await h.command('ask', [...question(QUESTION), { name: 'private', type: 5, value: true }]);
    await rm(join(dir, 'museum.md'));
    await eventually(async () => expect(await answerText()).toContain('The coverage does not answer this.'));
    expect(await sourcesTitle()).toBe('4 articles in the coverage');
    const id = (action: string) => buttonIds(before.body).find((b) => b.startsWith(`ask:${action}:`)) ?? '';
    const sources = await h.click(before.body, id('sources'));
    expect(embed(sources.body).fields?.[0]?.value).toContain(
      'This article has since been removed from the coverage.',
    );
    const share = await h.click(before.body, id('share'));
    expect(share.body.data?.content).toContain('quotes an article that has since been removed');
  });
});
