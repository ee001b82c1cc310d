import dotenv from 'dotenv';
import { readBotConfig } from './config.js';
import { loadCommands } from './loader.js';
import { registerCommands } from './register.js';

// `npm run deploy-commands`: registers /ask, /sources and /timeline with Discord.
dotenv.config({ quiet: true });

async function main(): Promise<number> {
  const config = readBotConfig();
  if (!config.ok) return fail(config.error);
  const commands = await loadCommands();
  if (!commands.ok) return fail(commands.error);
  const done = await registerCommands(
    config.value,
    commands.value.map((c) => c.data.toJSON()),
  );
  if (!done.ok) return fail(done.error);
  process.stdout.write(`${done.value}\n`);
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`deploy-commands: ${message}\n`);
  return 1;
}

process.exitCode = await main();
