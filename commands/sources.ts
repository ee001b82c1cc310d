import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  SlashCommandBuilder,
} from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import type { ParsedId } from '../src/discord/customId.js';
import { findArticle } from '../src/discord/findArticle.js';
import { LIMITS } from '../src/discord/limits.js';
import { clampPage } from '../src/discord/pages.js';
import { pageButtons } from '../src/discord/render/buttons.js';
import { renderSource, renderSourceList, sourcePages } from '../src/discord/render/sources.js';
import { type Payload, replyWithin, tell, update } from '../src/discord/respond.js';
import { truncate } from '../src/discord/truncate.js';

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('List the news articles the answers come from.')
  .addStringOption((o) =>
    o
      .setName('article')
      .setDescription('One article, for its details')
      .setAutocomplete(true)
      .setMaxLength(100),
  );

/** One page of the article list; the list is the same for everyone, so no state is kept. */
function listPage(ctx: BotContext, index: number): Payload {
  const sources = ctx.engine.sources();
  const pages = sourcePages(sources);
  const at = clampPage(index, pages.length);
  return {
    embeds: [renderSourceList(sources.length, pages, at)],
    components: pageButtons('sources', 'list', at, pages.length),
  };
}

export async function execute(i: ChatInputCommandInteraction, ctx: BotContext) {
  const article = i.options.getString('article');
  const sources = ctx.engine.sources();
  if (article === null) return replyWithin(i, () => listPage(ctx, 0), { budgetMs: ctx.deferAfterMs });
  const n = findArticle(sources, article);
  const source = sources[n];
  if (!source)
    return tell(
      i,
      'No article matches that (it may have been removed). Pick one from the list as you type, or run /sources.',
    );
  return replyWithin(i, () => ({ embeds: [renderSource(source, n + 1)] }), { budgetMs: ctx.deferAfterMs });
}

/** Titles containing what the user typed, at most 25 (Discord's cap); the value is the article id. */
export async function autocomplete(i: AutocompleteInteraction, ctx: BotContext) {
  const typed = i.options.getFocused().toLowerCase();
  const choices = ctx.engine
    .sources()
    .map((s, n) => ({ s, n }))
    // Discord refuses a choice value over 100 characters; such an article can still be typed by title.
    .filter(({ s }) => s.id.length <= LIMITS.choiceValue)
    .filter(({ s }) => s.title.toLowerCase().includes(typed) || s.id.toLowerCase().startsWith(typed))
    .slice(0, LIMITS.choices)
    .map(({ s, n }) => ({ name: truncate(`[${n + 1}] ${s.title}`, LIMITS.choiceName), value: s.id }));
  return i.respond(choices);
}

/** Previous/next under the list: re-renders the requested page in place. */
export async function button(i: ButtonInteraction, ctx: BotContext, id: ParsedId) {
  const index = Number(id.args[0]) + (id.action === 'next' ? 1 : -1);
  return update(i, listPage(ctx, index));
}
