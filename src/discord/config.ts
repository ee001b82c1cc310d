import { resolve } from 'node:path';
import { resolveCacheDir, resolveCorpusDir } from '../config.js';
import { err, ok, type Result } from '../result.js';

export interface BotConfig {
  token: string;
  clientId: string;
  guildId?: string;
  corpusDir: string;
  cacheDir: string;
  /** REST base URL without the version, e.g. a REST proxy; undefined means Discord's own. */
  apiUrl?: string;
  feedbackFile: string;
  cooldownSeconds: number;
  /** Serve articles added to, changed in or removed from the corpus folder without a restart. */
  watchCorpus: boolean;
}

/** Bot tokens are three base64url parts joined by dots; anything else cannot log in. */
const TOKEN = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/;
const SNOWFLAKE = /^\d{17,20}$/;
const TRY = 'Try the engine without Discord: npm run ask -- "your question"';

/** Reads and checks the bot's settings; the error is one line a person can act on. */
export function readBotConfig(env: NodeJS.ProcessEnv = process.env): Result<BotConfig> {
  const token = env.DISCORD_TOKEN?.trim();
  if (!token) return err(`DISCORD_TOKEN is not set (copy .env.example to .env). ${TRY}`);
  if (!TOKEN.test(token)) return err(`DISCORD_TOKEN does not look like a bot token. ${TRY}`);
  const clientId = env.DISCORD_CLIENT_ID?.trim() ?? '';
  if (!SNOWFLAKE.test(clientId)) return err('DISCORD_CLIENT_ID must be the application id (a long number).');
  const guildId = env.DISCORD_GUILD_ID?.trim() || undefined;
  if (guildId && !SNOWFLAKE.test(guildId))
    return err('DISCORD_GUILD_ID must be a server id (a long number).');
  const cooldown = Number(env.COOLDOWN_SECONDS ?? 5);
  if (!Number.isFinite(cooldown) || cooldown < 0)
    return err('COOLDOWN_SECONDS must be a number of seconds, 0 or more.');
  const watch = (env.WATCH_CORPUS?.trim() || 'true').toLowerCase();
  if (!['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'].includes(watch))
    return err('WATCH_CORPUS must be true or false.');
  const apiUrl = env.DISCORD_API_URL?.trim() || undefined;
  if (apiUrl && !/^https?:\/\/\S+$/.test(apiUrl)) return err('DISCORD_API_URL must be an http(s) URL.');
  return ok({
    token,
    clientId,
    ...(guildId ? { guildId } : {}),
    corpusDir: resolveCorpusDir(env.CORPUS_DIR),
    cacheDir: resolveCacheDir(env.CACHE_DIR),
    ...(apiUrl ? { apiUrl: apiUrl.replace(/\/+$/, '') } : {}),
    feedbackFile: resolve(env.FEEDBACK_FILE?.trim() || 'feedback.jsonl'),
    cooldownSeconds: cooldown,
    watchCorpus: ['true', '1', 'yes', 'on'].includes(watch),
  });
}
