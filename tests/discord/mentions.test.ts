import { describe, expect, it } from 'vitest';
import { embedFits } from '../../src/discord/embedLength.js';
import { buttonIds } from '../support/botHarness.js';
import { stubEngine } from '../support/stubEngine.js';
import { expectCleanTraffic, messageOf } from '../support/traffic.js';
import { useHarness } from '../support/useHarness.js';

describe('mentions and limits on real replies', () => {
  const h = useHarness(async () => ({ engine: stubEngine }), { cleanTraffic: false });

  it('GIVEN a question with @everyone and a user mention THEN the reply is sent with allowed_mentions parse []', async () => {
    const q = '@everyone <@1600000000000000001> who opened the bridge?';
    const { cb } = await h.command('ask', [{ name: 'question', type: 3, value: q }]);
    expect(messageOf(cb)?.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN an answer far past every limit THEN the embed still fits, cut at whole words, never mid-citation', async () => {
    const { body } = await h.command('ask', [
      { name: 'question', type: 3, value: `huge ${'why '.repeat(120)}` },
    ]);
    const e = body.data?.embeds?.[0] as { title: string; description: string };
    expect(embedFits(e)).toBe(true);
    expect(e.title.endsWith('…')).toBe(true);
    expect(e.description).toMatch(/…and \d+ more under Sources$/);
    expect(e.description).not.toMatch(/\[\d*…/);
    const sources = await h.click(body, buttonIds(body)[0] ?? '');
    expect(embedFits(sources.body.data?.embeds?.[0] ?? {})).toBe(true);
  });

  it('GIVEN every request of this run THEN Discord would accept each, nobody is pinged, and all fit the limits', () => {
    expect(h.standIn.requests.length).toBeGreaterThan(3);
    expectCleanTraffic(h.standIn);
  });
});
