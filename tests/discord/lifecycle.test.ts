import { EventEmitter } from 'node:events';
import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startBot } from '../../src/discord/bot.js';
import { loadCommands } from '../../src/discord/loader.js';
import { exitOnSignals, type ProcessLike } from '../../src/discord/shutdown.js';
import { startHarness } from '../support/botHarness.js';
import { DiscordStandIn } from '../support/discordStandIn.js';
import { BOT_TOKEN } from '../support/ids.js';
import { stubEngine } from '../support/stubEngine.js';

const silent = pino({ level: 'silent' });

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
