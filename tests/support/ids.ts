/** Snowflake-shaped ids for the stand-in's objects (discord.js routes expect 17–19 digits). */
let next = 0n;
export const snowflake = (): string => (1_300_000_000_000_000_000n + ++next).toString();

export const APP_ID = '1200000000000000001';
export const GUILD_ID = '1100000000000000001';
export const CHANNEL_ID = '1100000000000000002';
export const BOT_TOKEN = 'MTIwMDAwMDAwMDAwMDAwMDAwMQ.GtestX.stand-in-token-not-a-secret-000000';

export const botUser = {
  id: APP_ID,
  username: 'newsdesk',
  discriminator: '0',
  global_name: 'Newsdesk',
  avatar: null,
  bot: true,
};

export const user = (id: string) => ({
  id,
  username: `user${id.slice(-4)}`,
  discriminator: '0',
  global_name: null,
  avatar: null,
});
