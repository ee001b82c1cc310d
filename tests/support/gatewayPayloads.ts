import { APP_ID, botUser, CHANNEL_ID, GUILD_ID } from './ids.js';

/** A guild as GUILD_CREATE carries it: one text channel, nothing privileged. */
export const guild = {
  id: GUILD_ID,
  name: 'Stand-in guild',
  icon: null,
  owner_id: '1000000000000000001',
  unavailable: false,
  member_count: 2,
  large: false,
  features: [],
  roles: [],
  emojis: [],
  stickers: [],
  members: [],
  presences: [],
  voice_states: [],
  threads: [],
  stage_instances: [],
  guild_scheduled_events: [],
  soundboard_sounds: [],
  channels: [
    { id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID, position: 0, permission_overwrites: [] },
  ],
};

/** READY as discord.js needs it: user, application and the guilds to wait for. */
export const ready = (sessionId: string, resumeUrl: string) => ({
  v: 10,
  user: botUser,
  application: { id: APP_ID, flags: 0 },
  guilds: [{ id: GUILD_ID, unavailable: true }],
  session_id: sessionId,
  resume_gateway_url: resumeUrl,
  shard: [0, 1],
});
