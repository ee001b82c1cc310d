import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InteractionPayload } from './interactions.js';
import { warmUpValidators } from './openapiValidator.js';
import { StandInGateway } from './standInGateway.js';
import { type RecordedRequest, restHandler } from './standInRest.js';

/**
 * A small stand-in for Discord's API v10 on 127.0.0.1: REST over http and the Gateway over ws
 * on one port. It records every request the bot makes, each checked against Discord's schema.
 */
export class DiscordStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly gateway = new StandInGateway();
  readonly #server: Server;
  readonly #waiters = new Set<{
    pred: (r: RecordedRequest) => boolean;
    done: (r: RecordedRequest) => void;
  }>();
  #seen = 0;

  constructor() {
    this.#server = createServer((req, res) => {
      restHandler(this.requests, () => this.gateway.url)(req, res);
      res.on('finish', () => this.#notify());
    });
    this.#server.on('upgrade', (req, socket, head) => this.gateway.upgrade(req, socket, head));
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

  /** Hands each new request to the waiters it matches: O(waiters) per request, for bursts. */
  #notify(): void {
    for (; this.#seen < this.requests.length; this.#seen++) {
      const r = this.requests[this.#seen] as RecordedRequest;
      for (const w of this.#waiters) if (w.pred(r)) w.done(r);
    }
  }

  /** Resolves with the first recorded request matching `pred`, waiting for it if need be. */
  waitFor(pred: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const hit = this.requests.find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const w = {
        pred,
        done: (r: RecordedRequest) => {
          this.#waiters.delete(w);
          clearTimeout(timer);
          resolve(r);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(w);
        reject(new Error('the bot sent no matching request in time'));
      }, timeoutMs);
      this.#waiters.add(w);
    });
  }

  /** Every request that went to this interaction (its callback and its webhook edits/follow-ups). */
  requestsFor(i: InteractionPayload): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/${i.token}`));
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
