import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Collection } from 'discord.js';
import { err, ok, type Result } from '../result.js';
import { type Command, isCommand } from './command.js';

/** commands/ beside src/, both in the repository (.ts) and in dist/ (.js). */
export const COMMANDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'commands');

const isModule = (f: string) => /\.(?:js|ts)$/.test(f) && !f.endsWith('.d.ts');

/** Imports every module in commands/, keyed by command name, as the discord.js guide does. */
export async function loadCommands(dir = COMMANDS_DIR): Promise<Result<Collection<string, Command>>> {
  const commands = new Collection<string, Command>();
  let files: string[];
  try {
    files = (await readdir(dir)).filter(isModule).sort();
  } catch (e) {
    return err(`cannot read ${dir}: ${(e as Error).message}`);
  }
  for (const file of files) {
    const mod: unknown = await import(pathToFileURL(join(dir, file)).href);
    if (!isCommand(mod)) return err(`${file} does not export data and execute`);
    if (commands.has(mod.data.name)) return err(`two modules define /${mod.data.name}`);
    commands.set(mod.data.name, mod);
  }
  return commands.size ? ok(commands) : err(`no commands in ${dir}`);
}
