import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { APP_ID, botUser, CHANNEL_ID, GUILD_ID } from './ids.js';

interface Frame {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

/** A guild as GUILD_CREATE carries it: one text channel, nothing privileged. */
const guild = {
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
      const ready = {
        v: 10,
        user: botUser,
        application: { id: APP_ID, flags: 0 },
        guilds: [{ id: GUILD_ID, unavailable: true }],
        session_id: this.#session,
        resume_gateway_url: this.url,
        shard: [0, 1],
      };
      this.dispatch('READY', ready);
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

  /** Drops the connection like a Discord-side restart; 4000 tells the bot it may resume. */
  drop(code = 4000): void {
    this.#socket?.close(code, 'stand-in closed the socket');
  }

  close(): void {
    for (const c of this.#wss.clients) c.terminate();
    this.#wss.close();
  }
}
