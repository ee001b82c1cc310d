import { afterAll, beforeAll } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { type Harness, startHarness } from './botHarness.js';
import { expectCleanTraffic } from './traffic.js';

interface Options {
  engine: Engine;
  cooldownSeconds?: number;
  feedbackFile?: string;
}

/**
 * Starts the bot and the Discord stand-in before a file's tests and stops them after, checking
 * that every body the bot sent was valid (`cleanTraffic: false` for files that check it themselves).
 * The returned harness is usable inside tests once started.
 */
export function useHarness(options: () => Options | Promise<Options>, { cleanTraffic = true } = {}): Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness(await options());
  });
  afterAll(async () => {
    if (!h) return;
    if (cleanTraffic) expectCleanTraffic(h.standIn);
    await h.stop();
  });
  return new Proxy({} as Harness, {
    get(_target, prop) {
      if (!h) throw new Error('the harness is used before it started');
      const value = Reflect.get(h, prop);
      return typeof value === 'function' ? value.bind(h) : value;
    },
  });
}
