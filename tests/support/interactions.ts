import { APP_ID, CHANNEL_ID, GUILD_ID, snowflake, user } from './ids.js';

export interface Option {
  name: string;
  type: number;
  value: string | boolean;
  focused?: boolean;
}

/** The fields discord.js needs on every INTERACTION_CREATE (see the notes). */
function base(type: number, userId: string, data: object, extra: object = {}) {
  const id = snowflake();
  return {
    id,
    application_id: APP_ID,
    type,
    token: `itoken-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID },
    member: {
      user: user(userId),
      roles: [],
      joined_at: '2025-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      permissions: '0',
    },
    app_permissions: '0',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    attachment_size_limit: 8_388_608,
    data,
    ...extra,
  };
}

export type InteractionPayload = ReturnType<typeof base>;

/** A slash command (type 2) or its autocomplete (type 4). */
export function commandInteraction(name: string, options: Option[], userId: string, autocomplete = false) {
  return base(autocomplete ? 4 : 2, userId, { id: snowflake(), name, type: 1, options, guild_id: GUILD_ID });
}

/** A button click (type 3) on a message the bot sent; `message` is what Discord shows. */
export function buttonInteraction(customId: string, message: object, userId: string) {
  return base(3, userId, { custom_id: customId, component_type: 2 }, { message });
}
