import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InteractionPayload } from './interactions.js';
import { warmUpValidators } from './openapiValidator.js';
import { RequestLog } from './requestLog.js';
import { StandInGateway } from './standInGateway.js';
import { type RecordedRequest, restHandler } from './standInRest.js';

/**
 * A small stand-in for Discord's API v10 on 127.0.0.1: REST over http and the Gateway over ws
 * on one port. It records every request the bot makes, each checked against Discord's schema.
 */
export class DiscordStandIn {
  readonly log = new RequestLog();
  readonly gateway = new StandInGateway();
  readonly #server: Server;

  constructor() {
    this.#server = createServer(restHandler(this.log, () => this.gateway.url));
    this.#server.on('upgrade', (req, socket, head) => this.gateway.upgrade(req, socket, head));
  }

  /** Every request so far, in the order they arrived. */
  get requests(): RecordedRequest[] {
    return this.log.all;
  }

  async start(): Promise<this> {
    warmUpValidators();
    await new Promise<void>((r) => this.#server.listen(0, '127.0.0.1', r));
    const { port } = this.#server.address() as AddressInfo;
    this.gateway.url = `ws://127.0.0.1:${port}/gateway`;
    this.apiUrl = `http://127.0.0.1:${port}/api`;
    return this;
  }

  apiUrl = '';

  waitFor(pred: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest> {
    return this.log.waitFor(pred, timeoutMs);
  }

  /** The interaction's callback (its first response), as the bot sent it. */
  callback(i: InteractionPayload): Promise<RecordedRequest> {
    return this.waitFor((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);
  }

  /** Every body that Discord's schema rejects, for tests to assert there are none. */
  invalid(): string[] {
    return this.requests.flatMap((r) => r.invalid.map((e) => `${r.method} ${r.path}: ${e}`));
  }

  async close(): Promise<void> {
    this.gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((r) => this.#server.close(() => r()));
  }
}
