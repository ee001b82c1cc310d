import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import type { SentenceIndex } from '../../src/search/store.js';
import { CorpusStore } from '../../src/store/corpusStore.js';
import { indexSnapshot } from '../support/indexSnapshot.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
/** Versions a file can take: real articles, plus one that is not text and one without story text. */
const VERSIONS: (string | Buffer)[] = [
  ...(await Promise.all(
    [
      'discord/harbor-bridge.md',
      'discord/harbor-bridge-followup.md',
      'discord/library-fire.md',
      'corpora/evergiven/000_ship_aground.txt',
      'corpora/evergiven/002_ship_refloated.md',
      'corpora/copiapo/001_miners_alive.txt',
    ].map((f) => readFile(join(FIXTURES, f), 'utf8')),
  )),
  Buffer.from([0, 159, 146, 150, 0]),
  'Skip to content\n',
];
const NAMES = ['a.md', 'b.txt', 'c.md', 'd.txt', 'e.txt'];
const QUESTIONS = [
  'When did the Harbor Bridge open?',
  'Who was trapped?',
  'What ran aground?',
  'Who chaired it?',
];

/** One step: a file written with a version or removed (null), then maybe a refresh (of the named files, or of all). */
const step = fc.record({
  name: fc.constantFrom(...NAMES),
  version: fc.option(fc.nat(VERSIONS.length - 1)),
  refresh: fc.constantFrom('no', 'named', 'all'),
});

const caches = {
  live: await mkdtemp(join(tmpdir(), 'live-cache-')),
  scratch: await mkdtemp(join(tmpdir(), 'scratch-cache-')),
};

async function apply(dir: string, s: { name: string; version: number | null }): Promise<void> {
  const path = join(dir, s.name);
  if (s.version === null) await rm(path, { force: true });
  else await writeFile(path, VERSIONS[s.version] ?? '');
}

describe('a live corpus', () => {
  it('GIVEN any sequence of adds, changes and removes THEN the index answers exactly like one built from scratch', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        const dir = await mkdtemp(join(tmpdir(), 'live-'));
        await writeFile(join(dir, 'a.md'), VERSIONS[0] ?? '');
        await writeFile(join(dir, 'b.txt'), VERSIONS[3] ?? '');
        const opened = await CorpusStore.open(dir, { cacheDir: caches.live });
        if (!opened.ok) throw new Error(opened.error);
        const { store } = opened.value;
        let live: SentenceIndex = opened.value.index;
        // A watcher names the files it saw change; a rescan of all files is asked for now and then.
        let names = new Set<string>();
        const refresh = async (all: boolean) => {
          live = (await store.refresh({ names, all }))?.index ?? live;
          names = new Set();
        };
        for (const s of steps) {
          await apply(dir, s);
          names.add(s.name);
          if (s.refresh !== 'no') await refresh(s.refresh === 'all');
        }
        await refresh(false);
        const scratch = await CorpusStore.open(dir, { cacheDir: caches.scratch });
        if (!scratch.ok) {
          expect(live.corpus.articles).toEqual([]);
          return;
        }
        expect(indexSnapshot(live)).toEqual(indexSnapshot(scratch.value.index));
        for (const q of QUESTIONS)
          expect(answerQuestion(live, q)).toEqual(answerQuestion(scratch.value.index, q));
        await rm(dir, { recursive: true, force: true });
      }),
      { numRuns: 30 },
    );
  });
});
