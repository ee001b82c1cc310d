import { type ButtonInteraction, type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import type { Answer } from '../src/answer/types.js';
import type { BotContext } from '../src/discord/context.js';
import type { ParsedId } from '../src/discord/customId.js';
import { MAX_QUESTION_LENGTH } from '../src/discord/limits.js';
import { renderAnswer } from '../src/discord/render/answer.js';
import { answerButtons } from '../src/discord/render/buttons.js';
import { renderCitations } from '../src/discord/render/citations.js';
import { reply, replyWithin, tell } from '../src/discord/respond.js';
import { vote } from '../src/discord/vote.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the news articles; the answer quotes its sources.')
  .addStringOption((o) =>
    o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
  )
  .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer (you can share it)'));

export async function execute(i: ChatInputCommandInteraction, ctx: BotContext) {
  const question = i.options.getString('question', true);
  const isPrivate = i.options.getBoolean('private') ?? false;
  return replyWithin(
    i,
    () => {
      const answer = ctx.engine.ask(question);
      ctx.answers.set(i.id, answer);
      const cited = answer.citations.length > 0;
      return {
        embeds: [renderAnswer(answer)],
        components: answerButtons(i.id, { private: isPrivate, cited }),
      };
    },
    { onlyAsker: isPrivate, budgetMs: ctx.deferAfterMs },
  );
}

/** Articles an answer cites that the live corpus no longer holds. */
const goneFrom = (ctx: BotContext, answer: Answer): Set<string> =>
  new Set(answer.citations.map((c) => c.articleId).filter((id) => !ctx.engine.source(id)));

/** Sources, 👍/👎 and Share under an answer; the last id part is the asking interaction's id. */
export async function button(i: ButtonInteraction, ctx: BotContext, id: ParsedId) {
  const key = id.args.at(-1) ?? '';
  const answer = ctx.answers.get(key);
  if (id.action === 'vote') return vote(i, ctx, key, id.args[0] === 'up' ? 'up' : 'down');
  if (id.action === 'share') {
    if (answer && goneFrom(ctx, answer).size > 0)
      return tell(
        i,
        'This answer quotes an article that has since been removed, so it is not shared. Please ask again.',
      );
    // The private message travels with the click, so sharing needs no memory of the answer.
    const embeds = i.message.embeds.map((e) => e.toJSON());
    const components = answerButtons(key, { private: false, cited: answer?.citations.length !== 0 });
    return reply(i, { content: `Shared by <@${i.user.id}>`, embeds, components });
  }
  if (id.action === 'sources') {
    if (!answer) return tell(i, 'That answer is too old for me to remember; please ask again.');
    return reply(
      i,
      { embeds: [renderCitations(answer.question, answer.citations, goneFrom(ctx, answer))] },
      true,
    );
  }
  return tell(i, 'That button no longer does anything.');
}
