import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleRecord } from './articleRecord.js';
import { buildRecord, type RecordSource } from './buildRecord.js';

/** Builds records for the batches the pool (recordPool.ts) sends; typed arrays travel without a copy. */
export interface WorkerJob {
  id: number;
  sources: RecordSource[];
}
export type WorkerReply =
  | { id: number; records: ArticleRecord[] }
  | { id: number; failed: { file: string; err: string }[]; records: ArticleRecord[] };

const buffersOf = (r: ArticleRecord): ArrayBuffer[] =>
  [
    r.paragraph,
    r.terms.key,
    r.terms.sentence,
    r.terms.tf,
    r.terms.length,
    r.words.word,
    r.words.code,
    r.words.count,
  ].map((a) => a.buffer as ArrayBuffer);

// Below the thread that answers (on Linux a thread has its own priority): when cores are
// scarce, questions get the CPU first and tagging takes what is left.
const nice = (workerData as { nice?: number } | undefined)?.nice;
if (nice) {
  try {
    setPriority(nice);
  } catch {
    // Not allowed here: tagging at normal priority is still correct.
  }
}

parentPort?.on('message', async (job: WorkerJob) => {
  const records: ArticleRecord[] = [];
  const failed: { file: string; err: string }[] = [];
  for (const src of job.sources) {
    try {
      records.push(await buildRecord(src));
    } catch (e) {
      failed.push({ file: src.file, err: (e as Error).message });
    }
  }
  const reply: WorkerReply = { id: job.id, records, failed };
  parentPort?.postMessage(reply, [...new Set(records.flatMap(buffersOf))]);
});
