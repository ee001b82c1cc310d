import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../log.js';
import type { ArticleRecord } from './articleRecord.js';
import { buildRecord, type RecordSource } from './buildRecord.js';
import type { WorkerJob, WorkerReply } from './recordWorker.js';

/**
 * Where tagging runs. `auto` (the CLI): in this thread for a few articles (a worker costs a
 * tagger load), in workers for many. `workers` (the running bot): always in workers, at a
 * lower priority, so the tagger never loads or runs at the expense of the thread that answers.
 */
export type TaggingPlace = 'auto' | 'workers';

/** The bot's tagging workers' niceness: well below the answering thread, not starved by other work. */
const BACKGROUND_NICE = 10;

const FEW = 24;
/** Articles a worker gets at a time: small batches keep both workers busy to the end. */
const BATCH = 8;

/** The worker module beside this one; from TypeScript sources (tests) it is loaded through tsx. */
function startWorker(nice: number): Worker {
  const url = new URL(`./recordWorker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  const workerData = { nice };
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

async function inThread(sources: readonly RecordSource[], log?: Logger): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for (const src of sources) {
    try {
      out.push(await buildRecord(src));
    } catch (e) {
      log?.warn({ file: src.file, err: (e as Error).message }, 'skipping article: tagging failed');
    }
  }
  return out;
}

/** Runs batches on `size` workers, each taking the next batch when done; the workers end with the call. */
async function inWorkers(
  sources: readonly RecordSource[],
  size: number,
  nice: number,
  log?: Logger,
): Promise<ArticleRecord[]> {
  const batches: RecordSource[][] = [];
  for (let i = 0; i < sources.length; i += BATCH) batches.push(sources.slice(i, i + BATCH));
  const out: ArticleRecord[] = [];
  let next = 0;
  const run = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      const send = () => {
        const sources = batches[next];
        if (!sources) return resolve();
        const job: WorkerJob = { id: next++, sources };
        worker.postMessage(job);
      };
      worker.on('message', (reply: WorkerReply) => {
        out.push(...reply.records);
        if ('failed' in reply)
          for (const f of reply.failed)
            log?.warn({ file: f.file, err: f.err }, 'skipping article: tagging failed');
        send();
      });
      worker.once('error', reject);
      worker.once('exit', (code) =>
        next < batches.length ? reject(new Error(`tagging worker exited ${code}`)) : resolve(),
      );
      send();
    });
  const workers = Array.from({ length: size }, () => startWorker(nice));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

/**
 * Builds the records of these sources, in their order. Each article depends on itself alone,
 * so where it was tagged never changes the result. An article whose tagging fails is skipped
 * with a warning.
 */
export async function buildRecords(
  sources: readonly RecordSource[],
  place: TaggingPlace,
  log?: Logger,
): Promise<ArticleRecord[]> {
  if (sources.length === 0) return [];
  let built: ArticleRecord[];
  if (place === 'auto' && sources.length < FEW) built = await inThread(sources, log);
  else {
    const size = Math.min(sources.length < FEW ? 1 : 2, Math.max(1, availableParallelism()));
    built = await inWorkers(sources, size, place === 'workers' ? BACKGROUND_NICE : 0, log).catch(
      async (e: unknown) => {
        log?.warn({ err: (e as Error).message }, 'tagging workers failed; tagging in this thread');
        return inThread(sources, log);
      },
    );
  }
  const byKey = new Map(built.map((r) => [r.key, r]));
  return sources.flatMap((s) => byKey.get(s.key) ?? []);
}
