import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/botHarness.js';
import { BOT_TOKEN } from '../support/ids.js';
import { stubEngine } from '../support/stubEngine.js';
import { expectCleanTraffic } from '../support/traffic.js';

const ask = (value: string) => [{ name: 'question', type: 3, value }];

describe('cooldown and errors', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ engine: stubEngine, cooldownSeconds: 30 });
  });
  afterAll(async () => {
    expectCleanTraffic(h.standIn);
    await h.stop();
  });

  it('GIVEN a user who just asked WHEN they ask again THEN a private "try again in N s" answers instead', async () => {
    const user = '1500000000000000001';
    const first = await h.command('ask', ask('Who opened the bridge?'), user);
    expect(first.body.data?.embeds).toHaveLength(1);
    const second = await h.command('ask', ask('Who opened the bridge?'), user);
    expect(second.body.data).toMatchObject({
      flags: MessageFlags.Ephemeral,
      content: expect.stringMatching(/try again in (30|29) s/),
    });
    const other = await h.command('ask', ask('Who opened the bridge?'), '1500000000000000002');
    expect(other.body.data?.embeds).toHaveLength(1);
  });

  it('GIVEN a command that throws THEN the user gets a short private message, the log has the interaction id and stack, and the bot keeps answering', async () => {
    const failed = await h.command('ask', ask('boom'));
    expect(failed.body.data).toMatchObject({
      flags: MessageFlags.Ephemeral,
      content: expect.stringContaining('went wrong'),
    });
    const line = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'interaction failed');
    expect(line.interactionId).toBe(failed.i.id);
    expect(line.err.stack).toContain('engine exploded');
    const after = await h.command('ask', ask('Who opened the bridge?'));
    expect(after.body.data?.embeds).toHaveLength(1);
  });

  it('GIVEN a command the bot does not have (a stale registration) THEN it says so privately', async () => {
    const { body } = await h.command('weather', []);
    expect(body.data).toMatchObject({
      flags: MessageFlags.Ephemeral,
      content: expect.stringContaining('do not know'),
    });
  });

  it('GIVEN a button from an unknown command THEN it says the button no longer works', async () => {
    const answer = await h.command('ask', ask('Who opened the bridge?'));
    const { body } = await h.click(answer.body, 'poll:vote:1');
    expect(body.data).toMatchObject({
      flags: MessageFlags.Ephemeral,
      content: expect.stringContaining('no longer'),
    });
  });

  it('GIVEN the whole run THEN the bot token never appears in the logs', () => {
    expect(h.logs.length).toBeGreaterThan(0);
    expect(h.logs.join('')).not.toContain(BOT_TOKEN);
  });
});
