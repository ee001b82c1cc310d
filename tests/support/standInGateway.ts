import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { guild, ready } from './gatewayPayloads.js';

interface Frame {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

/** Discord's Gateway v10 in JSON, enough for a bot: hello, heartbeat, identify, resume, dispatch. */
export class StandInGateway {
  readonly received: Frame[] = [];
  readonly #wss = new WebSocketServer({ noServer: true });
  #socket: WebSocket | undefined;
  #seq = 0;
  #session = randomUUID();
  url = '';

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#accept(ws));
  }

  #accept(ws: WebSocket): void {
    this.#socket = ws;
    ws.on('message', (raw) => this.#onFrame(ws, JSON.parse(String(raw)) as Frame));
    this.#send(ws, { op: 10, d: { heartbeat_interval: 41_250 } });
  }

  #onFrame(ws: WebSocket, f: Frame): void {
    this.received.push(f);
    if (f.op === 1) this.#send(ws, { op: 11 });
    if (f.op === 2) {
      this.#seq = 0;
      this.#session = randomUUID();
      this.dispatch('READY', ready(this.#session, this.url));
      this.dispatch('GUILD_CREATE', guild);
    }
    if (f.op === 6) this.dispatch('RESUMED', {});
  }

  #send(ws: WebSocket, f: Frame): void {
    ws.send(JSON.stringify(f));
  }

  /** Sends an event to the connected bot, numbered like Discord does. */
  dispatch(t: string, d: unknown): void {
    if (!this.#socket) throw new Error('no bot connected');
    this.#send(this.#socket, { op: 0, t, s: ++this.#seq, d });
  }

  get connected(): boolean {
    return this.#socket?.readyState === 1;
  }

  /** Closes the connection like a Discord-side restart; 4000 tells the bot it may resume. */
  drop(code = 4000): void {
    this.#socket?.close(code, 'stand-in closed the socket');
  }

  /** Cuts the TCP connection without a close frame, like a network failure (code 1006). */
  cut(): void {
    this.#socket?.terminate();
  }

  close(): void {
    for (const c of this.#wss.clients) c.terminate();
    this.#wss.close();
  }
}
