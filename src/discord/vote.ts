import type { ButtonInteraction } from 'discord.js';
import type { BotContext } from './context.js';
import { recordFeedback } from './feedback.js';
import { tell } from './respond.js';

/**
 * A 👍/👎 click on the answer `key` (the asking interaction's id). The question and answer are
 * stored with the vote while the bot still remembers them, so the file can be read on its own.
 */
export async function vote(i: ButtonInteraction, ctx: BotContext, key: string, vote: 'up' | 'down') {
  const answer = ctx.answers.get(key);
  const entry = {
    at: new Date().toISOString(),
    interactionId: i.id,
    answerId: key,
    userId: i.user.id,
    vote,
    question: answer?.question,
    answer: answer?.answer,
  };
  await recordFeedback(ctx.feedbackFile, entry, ctx.log);
  return tell(i, vote === 'up' ? 'Thanks, noted 👍' : 'Thanks, noted 👎 — this helps improve the answers.');
}
