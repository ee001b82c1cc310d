import { join } from 'node:path';
import { type Engine, openEngine } from '../../src/engine.js';

/** Three tiny articles with very explicit sentences (tests/fixtures/discord/). */
export const FIXTURE_CORPUS = join(import.meta.dirname, '..', 'fixtures', 'discord');

/** The real engine on the fixture corpus, for facts that do not depend on ranking details. */
export async function openFixtureEngine(): Promise<Engine> {
  const opened = await openEngine({ corpusDir: FIXTURE_CORPUS });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}
