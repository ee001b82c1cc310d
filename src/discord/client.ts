import { Client, GatewayIntentBits } from 'discord.js';
import { NO_MENTIONS } from './respond.js';

/**
 * Only the Guilds intent: slash commands arrive as interactions, so the bot needs no message
 * content or member lists (no privileged intents to request). `apiUrl` points REST at a proxy.
 */
export function createClient(apiUrl?: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
}
