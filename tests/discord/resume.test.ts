import { describe, expect, it } from 'vitest';
import { stubEngine } from '../support/stubEngine.js';
import { useHarness } from '../support/useHarness.js';

describe('a dropped Gateway connection', () => {
  const h = useHarness(async () => ({ engine: stubEngine }));

  it('GIVEN the stand-in closes the socket THEN the client resumes its session and still answers', async () => {
    const frames = h.standIn.gateway.received;
    const identified = frames.filter((f) => f.op === 2).length;
    h.standIn.gateway.drop(4000);
    await expect.poll(() => frames.some((f) => f.op === 6), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => h.standIn.gateway.connected, { timeout: 10_000 }).toBe(true);
    expect(frames.filter((f) => f.op === 2)).toHaveLength(identified);
    const { body } = await h.command('ask', [{ name: 'question', type: 3, value: 'Who opened the bridge?' }]);
    expect(body.data?.embeds).toHaveLength(1);
  });

  it('GIVEN the connection is cut without a close frame THEN the client resumes again and still answers', async () => {
    const frames = h.standIn.gateway.received;
    const resumes = frames.filter((f) => f.op === 6).length;
    h.standIn.gateway.cut();
    await expect.poll(() => frames.filter((f) => f.op === 6).length, { timeout: 20_000 }).toBe(resumes + 1);
    const { body } = await h.command('ask', [{ name: 'question', type: 3, value: 'Who opened the bridge?' }]);
    expect(body.data?.embeds).toHaveLength(1);
  });
});
