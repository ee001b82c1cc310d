import { beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine.js';

/** A small corpus written for these tests: each sentence exercises one kind of extraction. */
const ARTICLE = `Harbour Works Finish Early

The new bridge was opened by Mayor Anna Lindqvist on Friday.
The crossing is 420 meters long and took 21 and a half months to build.
Two ferries, the Nordic Star and the Baltic Dawn, will keep running until March.
Engineers said the delay was caused by a flooded caisson.
The city council voted to rename the square, officials said.
`;

let ask: (q: string) => string | null;
beforeAll(async () => {
  const { mkdtemp, writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'extract-'));
  await writeFile(join(dir, 'harbour.txt'), ARTICLE);
  const opened = await openEngine({ corpusDir: dir });
  if (!opened.ok) throw new Error(opened.error);
  ask = (q) => opened.value.ask(q).answer;
});

describe('extraction', () => {
  it('GIVEN a passive sentence THEN "who" finds the agent, titles left out', () => {
    expect(ask('Who opened the bridge?')).toMatch(/Anna Lindqvist/);
  });

  it('GIVEN "how long" with a compound amount THEN the whole amount is answered', () => {
    expect(ask('How long did the bridge take to build?')).toMatch(/21 and a half months/);
  });

  it('GIVEN "how long is" a structure THEN a length with its unit fits', () => {
    expect(ask('How long is the crossing?')).toMatch(/420/);
  });

  it('GIVEN an appositive list of names THEN a plural "which" question answers them all', () => {
    const a = ask('Which two ferries will keep running?') ?? '';
    expect(a).toMatch(/Nordic Star/);
    expect(a).toMatch(/Baltic Dawn/);
  });

  it('GIVEN a passive cause THEN "what caused" answers with the agent', () => {
    expect(ask('What caused the delay?')).toMatch(/flooded caisson/);
  });

  it('GIVEN a question about something the article never states THEN it abstains', () => {
    expect(ask('Who designed the bridge?')).toBeNull();
    expect(ask('How much did the bridge cost?')).toBeNull();
  });
});
