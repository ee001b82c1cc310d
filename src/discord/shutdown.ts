import type { Client } from 'discord.js';
import type { Logger } from '../log.js';

/** The parts of `process` these handlers use, so tests can pass a stand-in. */
export type ProcessLike = Pick<NodeJS.Process, 'on' | 'once' | 'exit'>;

/** SIGINT/SIGTERM close the Gateway session cleanly, then exit 0 (a normal stop, not a crash). */
export function exitOnSignals(client: Client, log: Logger, proc: ProcessLike = process): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    try {
      await client.destroy();
    } catch (e) {
      log.error({ err: e }, 'error while disconnecting');
    }
    proc.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) proc.once(signal, () => void stop(signal));
}

/** A stray rejection is a bug to log, not a reason to take the bot offline for everyone. */
export function logUnhandledRejections(log: Logger, proc: ProcessLike = process): void {
  proc.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
}
