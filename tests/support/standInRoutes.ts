import { APP_ID, BOT_TOKEN, botUser, CHANNEL_ID, snowflake } from './ids.js';
import type { RecordedRequest } from './standInRest.js';

/** A message as Discord returns it after a webhook send or edit. */
export const messageFrom = (body: Record<string, unknown>, id = snowflake()) => ({
  id,
  type: 0,
  channel_id: CHANNEL_ID,
  author: botUser,
  content: '',
  embeds: [],
  components: [],
  attachments: [],
  mentions: [],
  mention_roles: [],
  mention_everyone: false,
  pinned: false,
  tts: false,
  flags: 0,
  timestamp: new Date().toISOString(),
  edited_timestamp: null,
  application_id: APP_ID,
  webhook_id: APP_ID,
  ...body,
});

type Reply = { status: number; body?: unknown };

export function route(r: RecordedRequest, auth: string | undefined, gatewayUrl: string): Reply {
  const { method, path } = r;
  if (method === 'GET' && path === '/gateway/bot') {
    if (auth !== `Bot ${BOT_TOKEN}`) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    const limit = { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 };
    return { status: 200, body: { url: gatewayUrl, shards: 1, session_start_limit: limit } };
  }
  if (r.invalid.length)
    return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: r.invalid } };
  if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
    if (r.query.get('with_response') !== 'true') return { status: 204 };
    const data = (r.body as { data?: Record<string, unknown> }).data ?? {};
    return {
      status: 200,
      body: {
        interaction: { id: path.split('/')[2], type: 2 },
        resource: { type: 4, message: messageFrom(data) },
      },
    };
  }
  if (method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/.test(path))
    return { status: 200, body: messageFrom(r.body as Record<string, unknown>) };
  if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path))
    return { status: 200, body: messageFrom(r.body as Record<string, unknown>) };
  if (method === 'PUT' && /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.test(path)) {
    const cmds = r.body as Record<string, unknown>[];
    return {
      status: 200,
      body: cmds.map((c) => ({ id: snowflake(), application_id: APP_ID, version: snowflake(), ...c })),
    };
  }
  return { status: 404, body: { message: '404: Not Found', code: 0 } };
}
