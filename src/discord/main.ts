import dotenv from 'dotenv';
import { openEngine } from '../engine.js';
import { createLogger } from '../log.js';
import { startBot } from './bot.js';
import { readBotConfig } from './config.js';
import { loadCommands } from './loader.js';
import { exitOnSignals, logUnhandledRejections } from './shutdown.js';

// `npm start`: the bot. Settings come from .env; quiet keeps dotenv's banner out of the logs.
dotenv.config({ quiet: true });

/** One line on stderr and a non-zero exit: what a person starting the bot needs to see. */
function fail(message: string): void {
  process.stderr.write(`newsdesk-bot: ${message}\n`);
  process.exitCode = 1;
}

async function main(): Promise<void> {
  const config = readBotConfig();
  if (!config.ok) return fail(config.error);
  const c = config.value;
  const log = createLogger();
  logUnhandledRejections(log);
  const engine = await openEngine({
    corpusDir: c.corpusDir,
    cacheDir: c.cacheDir,
    log,
    watch: c.watchCorpus,
  });
  if (!engine.ok) return fail(engine.error);
  const commands = await loadCommands();
  if (!commands.ok) return fail(commands.error);
  const bot = await startBot({
    token: c.token,
    engine: engine.value,
    commands: commands.value,
    log,
    feedbackFile: c.feedbackFile,
    cooldownSeconds: c.cooldownSeconds,
    onClient: (client) => exitOnSignals(client, log),
    ...(c.apiUrl ? { apiUrl: c.apiUrl } : {}),
  });
  if (!bot.ok) return fail(bot.error);
}

await main();
