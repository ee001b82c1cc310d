import { EventEmitter } from 'node:events';
import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startBot } from '../../src/discord/bot.js';
import { readBotConfig } from '../../src/discord/config.js';
import { loadCommands } from '../../src/discord/loader.js';
import { exitOnSignals, type ProcessLike } from '../../src/discord/shutdown.js';
import { startHarness } from '../support/botHarness.js';
import { DiscordStandIn } from '../support/discordStandIn.js';
import { APP_ID, BOT_TOKEN } from '../support/ids.js';
import { stubEngine } from '../support/stubEngine.js';

const silent = pino({ level: 'silent' });

describe('configuration', () => {
  it('GIVEN no DISCORD_TOKEN THEN one line says so and points to npm run ask', () => {
    const r = readBotConfig({ DISCORD_CLIENT_ID: APP_ID });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^DISCORD_TOKEN is not set.*npm run ask/);
    if (!r.ok) expect(r.error).not.toContain('\n');
  });

  it('GIVEN a token that cannot be a bot token THEN it is refused before connecting', () => {
    const r = readBotConfig({ DISCORD_TOKEN: 'hunter2', DISCORD_CLIENT_ID: APP_ID });
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('does not look like a bot token') });
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });

  it('GIVEN a complete .env THEN every setting is read, with the defaults for the optional ones', () => {
    const env = {
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_CLIENT_ID: APP_ID,
      DISCORD_API_URL: 'http://127.0.0.1:1/api/',
    };
    const r = readBotConfig(env);
    expect(r).toMatchObject({
      ok: true,
      value: { clientId: APP_ID, apiUrl: 'http://127.0.0.1:1/api', cooldownSeconds: 5 },
    });
    expect(r.ok && r.value.feedbackFile.endsWith('feedback.jsonl')).toBe(true);
    expect(readBotConfig({ ...env, COOLDOWN_SECONDS: 'soon' }).ok).toBe(false);
  });
});

describe('login and shutdown', () => {
  const standIn = new DiscordStandIn();
  afterAll(() => standIn.close());

  it('GIVEN a token Discord refuses THEN startBot fails with one actionable line instead of throwing', async () => {
    await standIn.start();
    const commands = await loadCommands();
    if (!commands.ok) throw new Error(commands.error);
    const wrong = `${BOT_TOKEN.slice(0, -4)}XXXX`;
    const r = await startBot({
      token: wrong,
      engine: stubEngine,
      commands: commands.value,
      log: silent,
      apiUrl: standIn.apiUrl,
      feedbackFile: '/dev/null',
      cooldownSeconds: 0,
    });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/invalid token.*npm run ask/) });
  });

  it('GIVEN SIGTERM THEN the client is destroyed (Gateway closed) and the process exits 0', async () => {
    const h = await startHarness({ engine: stubEngine });
    const proc = Object.assign(new EventEmitter(), { exit: vi.fn() }) as unknown as ProcessLike &
      EventEmitter;
    exitOnSignals(h.client, silent, proc);
    expect(h.standIn.gateway.connected).toBe(true);
    proc.emit('SIGTERM');
    await vi.waitFor(() => expect(proc.exit).toHaveBeenCalledWith(0));
    expect(h.standIn.gateway.connected).toBe(false);
    expect(h.client.isReady()).toBe(false);
    await h.standIn.close();
  });
});
