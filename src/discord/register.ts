import { REST, type RESTPostAPIChatInputApplicationCommandsJSONBody, Routes } from 'discord.js';
import { err, ok, type Result } from '../result.js';
import type { BotConfig } from './config.js';

type Target = Pick<BotConfig, 'token' | 'clientId' | 'guildId' | 'apiUrl'>;

/**
 * Replaces the application's commands with `body`: in one guild when DISCORD_GUILD_ID is set
 * (instant, for testing a server), else globally. Resolves to where they went.
 */
export async function registerCommands(
  t: Target,
  body: RESTPostAPIChatInputApplicationCommandsJSONBody[],
): Promise<Result<string>> {
  const rest = new REST(t.apiUrl ? { api: t.apiUrl } : {}).setToken(t.token);
  const route = t.guildId
    ? Routes.applicationGuildCommands(t.clientId, t.guildId)
    : Routes.applicationCommands(t.clientId);
  try {
    const saved = (await rest.put(route, { body })) as unknown[];
    return ok(`${saved.length} commands registered ${t.guildId ? `in guild ${t.guildId}` : 'globally'}`);
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 401) return err('Discord refused DISCORD_TOKEN (invalid token).');
    return err(`could not register commands: ${(e as Error).message ?? String(e)}`);
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
