import { spawn } from 'node:child_process';

export interface Timings {
  /** Wall time per call, ms: what a user waits. */
  wall: number[];
  /** This process's CPU time per call, ms: less swayed by other load on a shared machine. */
  cpu: number[];
}

/**
 * The last result, kept so the work cannot be optimised away; only one, since keeping every
 * result (thousands of hits each on big corpora) would add GC pauses to the timings.
 */
export let lastResult: unknown;

/** Times each call. */
export function timeEach<T>(items: readonly T[], fn: (item: T) => unknown): Timings {
  const out: Timings = { wall: [], cpu: [] };
  for (const item of items) {
    const c = process.cpuUsage();
    const t = performance.now();
    lastResult = fn(item);
    out.wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    out.cpu.push((d.user + d.system) / 1000);
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
