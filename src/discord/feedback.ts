import { appendFile } from 'node:fs/promises';
import type { Logger } from '../log.js';
import { err, ok, type Result } from '../result.js';

/** One 👍/👎 click: enough to find the answer again and judge it later. */
export interface FeedbackEntry {
  at: string;
  interactionId: string;
  answerId: string;
  userId: string;
  vote: 'up' | 'down';
  question?: string;
  answer?: string | null;
}

/**
 * Records feedback twice: a structured log line (for whoever reads the logs) and one JSON line
 * appended to `file` (for whoever improves the answers). The file is never rewritten.
 */
export async function recordFeedback(file: string, entry: FeedbackEntry, log: Logger): Promise<Result<void>> {
  log.info({ feedback: entry }, 'answer feedback');
  try {
    await appendFile(file, `${JSON.stringify(entry)}\n`, 'utf8');
    return ok(undefined);
  } catch (e) {
    log.warn({ err: e, file }, 'could not append feedback');
    return err(`could not write ${file}`);
  }
}
