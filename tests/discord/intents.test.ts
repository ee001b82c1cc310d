import { GatewayIntentBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { stubEngine } from '../support/stubEngine.js';
import { useHarness } from '../support/useHarness.js';

describe('the Gateway session', () => {
  const h = useHarness(async () => ({ engine: stubEngine }), { cleanTraffic: false });

  it('GIVEN the bot logs in THEN it identifies with the Guilds intent only: nothing privileged to request', () => {
    const identify = h.standIn.gateway.received.find((f) => f.op === 2);
    expect((identify?.d as { intents?: number } | undefined)?.intents).toBe(GatewayIntentBits.Guilds);
  });

  it('GIVEN the stand-in’s READY and GUILD_CREATE THEN the client is ready and sees the guild', () => {
    expect(h.client.isReady()).toBe(true);
    expect(h.client.guilds.cache.size).toBe(1);
  });
});
