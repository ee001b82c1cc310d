import { spawn } from 'node:child_process';

/** Wall time of each call in ms; the results are kept in `sink` so the work cannot be optimised away. */
export function timeEach<T>(items: readonly T[], fn: (item: T) => unknown, sink: unknown[] = []): number[] {
  const out: number[] = [];
  for (const item of items) {
    const t = performance.now();
    sink.push(fn(item));
    out.push(performance.now() - t);
  }
  return out;
}

/** Peak resident set size of this process so far, in MB (maxRSS is in KiB). */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

export interface Spawned {
  ms: number;
  code: number | null;
  stdout: string;
}

/** Runs a command to completion: wall time from spawn to exit, stdout kept, stderr passed through. */
export function timeSpawn(cmd: string, args: readonly string[]): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ ms: performance.now() - t, code, stdout: Buffer.concat(chunks).toString('utf8') }),
    );
  });
}
