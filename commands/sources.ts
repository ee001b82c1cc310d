import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  SlashCommandBuilder,
} from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { LIMITS } from '../src/discord/limits.js';
import { renderSource, renderSourceList } from '../src/discord/render/sources.js';
import { replyWithin, tell } from '../src/discord/respond.js';
import { truncate } from '../src/discord/truncate.js';
import type { SourceInfo } from '../src/engine.js';

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

/** The article a user picked (by id from autocomplete) or typed (by title). */
function find(sources: SourceInfo[], text: string): number {
  const t = text.trim().toLowerCase();
  const exact = sources.findIndex((s) => s.id === text || s.title.toLowerCase() === t);
  if (exact >= 0) return exact;
  const partial = sources.flatMap((s, i) => (s.title.toLowerCase().includes(t) ? [i] : []));
  return partial.length === 1 ? (partial[0] ?? -1) : -1;
}

export async function execute(i: ChatInputCommandInteraction, ctx: BotContext) {
  const article = i.options.getString('article');
  const sources = ctx.engine.sources();
  if (article === null)
    return replyWithin(i, () => ({ embeds: [renderSourceList(sources)] }), { budgetMs: ctx.deferAfterMs });
  const n = find(sources, article);
  const source = sources[n];
  if (!source)
    return tell(i, 'No article matches that. Pick one from the list as you type, or run /sources.');
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
