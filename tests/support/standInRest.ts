import type { IncomingMessage, ServerResponse } from 'node:http';
import { validateBody } from './openapiValidator.js';
import type { RequestLog } from './requestLog.js';
import { route } from './standInRoutes.js';

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

/** Answers REST calls like Discord would and records each one, validated against the spec. */
export function restHandler(log: RequestLog, gatewayUrl: () => string) {
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
      log.add(record);
      res.on('finish', () => log.settled(record));
      const reply = route(record, req.headers.authorization, gatewayUrl());
      res.writeHead(reply.status, reply.body === undefined ? {} : { 'content-type': 'application/json' });
      res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
    });
  };
}
