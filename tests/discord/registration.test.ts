import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/loader.js';
import { registerCommands } from '../../src/discord/register.js';
import { DiscordStandIn } from '../support/discordStandIn.js';
import { APP_ID, BOT_TOKEN, GUILD_ID } from '../support/ids.js';
import { expectCleanTraffic } from '../support/traffic.js';

interface Sent {
  name: string;
  options?: { name: string; type: number; required?: boolean; max_length?: number; autocomplete?: boolean }[];
}

describe('npm run deploy-commands', () => {
  let standIn: DiscordStandIn;
  beforeAll(async () => {
    standIn = await new DiscordStandIn().start();
  });
  afterAll(async () => {
    expectCleanTraffic(standIn);
    await standIn.close();
  });

  const body = async () => {
    const commands = await loadCommands();
    if (!commands.ok) throw new Error(commands.error);
    return commands.value.map((c) => c.data.toJSON());
  };

  it('GIVEN DISCORD_GUILD_ID THEN /ask, /sources and /timeline are PUT to that guild in a body Discord accepts', async () => {
    const t = { token: BOT_TOKEN, clientId: APP_ID, guildId: GUILD_ID, apiUrl: standIn.apiUrl };
    const done = await registerCommands(t, await body());
    expect(done).toEqual({ ok: true, value: `3 commands registered in guild ${GUILD_ID}` });
    const put = await standIn.waitFor((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    const sent = put.body as Sent[];
    expect(sent.map((c) => c.name).sort()).toEqual(['ask', 'sources', 'timeline']);
    const ask = sent.find((c) => c.name === 'ask');
    expect(ask?.options?.[0]).toMatchObject({ name: 'question', type: 3, required: true, max_length: 500 });
    expect(ask?.options?.[1]).toMatchObject({ name: 'private', type: 5 });
    expect(sent.find((c) => c.name === 'sources')?.options?.[0]).toMatchObject({
      name: 'article',
      autocomplete: true,
    });
    const timeline = sent.find((c) => c.name === 'timeline')?.options?.map((o) => o.name);
    expect(timeline).toEqual(['topic', 'from', 'to']);
  });

  it('GIVEN no guild THEN the commands are registered globally', async () => {
    const done = await registerCommands(
      { token: BOT_TOKEN, clientId: APP_ID, apiUrl: standIn.apiUrl },
      await body(),
    );
    expect(done.ok && done.value).toBe('3 commands registered globally');
    expect(
      standIn.requests.some((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/commands`),
    ).toBe(true);
  });

  it('GIVEN a commands folder without modules THEN the loader says so instead of starting a mute bot', async () => {
    expect(await loadCommands('/nonexistent-commands-dir')).toMatchObject({ ok: false });
  });
});
