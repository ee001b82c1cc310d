import { describe, expect, it } from 'vitest';
import { firstEmbed as embed } from '../support/embeds.js';
import { openFixtureEngine } from '../support/fixtureEngine.js';
import { useHarness } from '../support/useHarness.js';

describe('/timeline on a real corpus', () => {
  const h = useHarness(async () => ({ engine: await openFixtureEngine() }));

  it('GIVEN a topic THEN the dated events about it are listed, each citing its articles by number', async () => {
    const { body } = await h.command('timeline', [{ name: 'topic', type: 3, value: 'bridge' }]);
    const e = embed(body);
    expect(e.description).toMatch(/^\*\*2025-03-14\*\* — .*Harbor Bridge.* \[1\]/);
    expect(e.description).not.toContain('library');
    expect(e.fields?.[0]?.value).toContain(
      'Riverton opens the new Harbor Bridge (Riverton Gazette · 2025-03-14)',
    );
    expect(body.data?.components).toEqual([]);
  });
});
