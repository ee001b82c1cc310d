import { err, ok, type Result } from '../result.js';

export const MAX_QUESTION_CHARS = 500;

/** Checks a question before any work: not empty, not over 500 characters. Returns it trimmed. */
export function validateQuestion(raw: string): Result<string> {
  const q = raw.normalize('NFC').trim();
  if (!/[\p{L}\p{N}]/u.test(q))
    return err('the question is empty: ask something, e.g. "Who chaired the meeting?"');
  if (q.length > MAX_QUESTION_CHARS)
    return err(`the question is too long (${q.length} characters; at most ${MAX_QUESTION_CHARS})`);
  return ok(q);
}
