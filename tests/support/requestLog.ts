import type { RecordedRequest } from './standInRest.js';

type Waiter = { pred: (r: RecordedRequest) => boolean; done: (r: RecordedRequest) => void };

/**
 * Every request the stand-in received, in order, and promises for requests still to come.
 * Each new request is matched against the waiters once: cheap enough for a 200-request burst.
 */
export class RequestLog {
  readonly all: RecordedRequest[] = [];
  readonly #waiters = new Set<Waiter>();

  add(r: RecordedRequest): void {
    this.all.push(r);
  }

  /** Call when a response is sent: requests are handed out only once they were answered. */
  settled(r: RecordedRequest): void {
    for (const w of this.#waiters) if (w.pred(r)) w.done(r);
  }

  /** Resolves with the first request matching `pred`, waiting for it if need be. */
  waitFor(pred: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const hit = this.all.find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const w: Waiter = {
        pred,
        done: (r) => {
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
}
