import { Writable } from 'node:stream';
import pino from 'pino';
import { startBot } from '../../src/discord/bot.js';
import { loadCommands } from '../../src/discord/loader.js';
import type { Engine } from '../../src/engine.js';
import { REDACT } from '../../src/log.js';
import type { CallbackBody } from './callbacks.js';
import { DiscordStandIn } from './discordStandIn.js';
import { APP_ID, BOT_TOKEN, snowflake } from './ids.js';
import {
  buttonInteraction,
  commandInteraction,
  type InteractionPayload,
  type Option,
} from './interactions.js';
import { messageFrom } from './standInRoutes.js';

/** The real bot (real discord.js Client) logged in to a fresh stand-in, with its logs captured. */
export async function startHarness(o: { engine: Engine; cooldownSeconds?: number; feedbackFile?: string }) {
  const standIn = await new DiscordStandIn().start();
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const log = pino({ level: 'debug', redact: { paths: REDACT, censor: '[redacted]' } }, sink);
  const commands = await loadCommands();
  if (!commands.ok) throw new Error(commands.error);
  const feedbackFile = o.feedbackFile ?? '/dev/null';
  const bot = await startBot({
    token: BOT_TOKEN,
    engine: o.engine,
    commands: commands.value,
    log,
    apiUrl: standIn.apiUrl,
    feedbackFile,
    cooldownSeconds: o.cooldownSeconds ?? 0,
  });
  if (!bot.ok) throw new Error(bot.error);
  const client = bot.value;

  /**
   * Sends an interaction and resolves with its first response (`cb`) and what the user ends up
   * seeing (`body`): for a deferred reply, that is the later edit of the original message.
   */
  async function send(i: InteractionPayload) {
    standIn.gateway.dispatch('INTERACTION_CREATE', i);
    const cb = await standIn.callback(i);
    const first = cb.body as CallbackBody;
    if (first.type !== 5) return { i, cb, body: first, deferred: false };
    const edit = await standIn.waitFor(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${i.token}/messages/@original`,
    );
    return { i, cb, body: { type: 4, data: edit.body } as CallbackBody, deferred: true };
  }
  return {
    standIn,
    client,
    logs,
    feedbackFile,
    commands: commands.value,
    send,
    command: (name: string, options: Option[], userId = snowflake()) =>
      send(commandInteraction(name, options, userId)),
    autocomplete: (name: string, options: Option[], userId = snowflake()) =>
      send(commandInteraction(name, options, userId, true)),
    /** Clicks a button on the message a callback created, as Discord would show it. */
    click: (on: CallbackBody, customId: string, userId = snowflake()) =>
      send(buttonInteraction(customId, messageFrom(on.data ?? {}), userId)),
    async stop() {
      await client.destroy();
      await standIn.close();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

export { buttonIds, type CallbackBody } from './callbacks.js';
