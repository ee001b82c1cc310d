import { type Client, type Collection, Events } from 'discord.js';
import type { Answer } from '../answer/types.js';
import type { Engine } from '../engine.js';
import type { Logger } from '../log.js';
import { err, ok, type Result } from '../result.js';
import type { TimelineOptions } from '../timeline/types.js';
import { createClient } from './client.js';
import type { Command } from './command.js';
import type { BotContext } from './context.js';
import { Cooldown } from './cooldown.js';
import { Memo } from './memo.js';
import { createRouter } from './router.js';

export interface BotOptions {
  token: string;
  engine: Engine;
  commands: Collection<string, Command>;
  log: Logger;
  apiUrl?: string;
  feedbackFile: string;
  cooldownSeconds: number;
  deferAfterMs?: number;
  /** Called with the client before login, e.g. to handle signals during a slow connect. */
  onClient?: (client: Client) => void;
}

/** Why login failed, in words that say what to do; never includes the token. */
function loginError(e: unknown): string {
  if ((e as { code?: string }).code === 'TokenInvalid')
    return 'Discord refused DISCORD_TOKEN (invalid token). Try the engine without Discord: npm run ask -- "your question"';
  return `could not connect to Discord: ${(e as Error).message ?? String(e)}`;
}

/** Logs in and resolves once the client is ready to answer interactions. */
export async function startBot(o: BotOptions): Promise<Result<Client<true>>> {
  const ctx: BotContext = {
    engine: o.engine,
    log: o.log,
    cooldown: new Cooldown(o.cooldownSeconds),
    answers: new Memo<Answer>(),
    timelines: new Memo<TimelineOptions>(),
    feedbackFile: o.feedbackFile,
    deferAfterMs: o.deferAfterMs ?? 2000,
  };
  const client = createClient(o.apiUrl);
  o.onClient?.(client);
  const route = createRouter(o.commands, ctx);
  client.on(Events.InteractionCreate, (i) => void route(i));
  client.on(Events.Error, (e) => o.log.error({ err: e }, 'discord client error'));
  client.on(Events.ShardResume, (id, replayed) => o.log.info({ shard: id, replayed }, 'gateway resumed'));
  // Registered before login: the ready event can fire before login() resolves.
  const ready = new Promise<Client<true>>((r) => client.once(Events.ClientReady, r));
  try {
    await client.login(o.token);
  } catch (e) {
    await client.destroy();
    return err(loginError(e));
  }
  const c = await ready;
  o.log.info(
    { user: c.user.tag, guilds: c.guilds.cache.size, commands: [...o.commands.keys()] },
    'bot ready',
  );
  return ok(c);
}
