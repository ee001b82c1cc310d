import type { IncomingMessage, ServerResponse } from 'node:http';
import { APP_ID, BOT_TOKEN, botUser, CHANNEL_ID, snowflake } from './ids.js';
import { validateBody } from './openapiValidator.js';

/** One HTTP request the bot made, as a test asserts on it. */
export interface RecordedRequest {
  method: string;
  /** Below /api/v10, percent-decoded (so `@original`, not `%40original`). */
  path: string;
  query: URLSearchParams;
  body: unknown;
  at: number;
  /** What Discord's schema says is wrong with the body; [] when Discord would accept it. */
  invalid: string[];
}

const PREFIX = '/api/v10';

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

function route(r: RecordedRequest, auth: string | undefined, gatewayUrl: string): Reply {
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

/** Answers REST calls like Discord would and records each one, validated against the spec. */
export function restHandler(log: RecordedRequest[], gatewayUrl: () => string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const at = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = decodeURIComponent(
        url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : url.pathname,
      );
      const raw = Buffer.concat(chunks).toString('utf8');
      const body: unknown = raw ? JSON.parse(raw) : undefined;
      const method = req.method ?? 'GET';
      const invalid = method === 'GET' ? [] : [...new Set(validateBody(method, path, body))];
      const record: RecordedRequest = {
        method,
        path,
        query: url.searchParams,
        body,
        at,
        invalid,
      };
      log.push(record);
      const reply = route(record, req.headers.authorization, gatewayUrl());
      res.writeHead(reply.status, reply.body === undefined ? {} : { 'content-type': 'application/json' });
      res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
    });
  };
}
