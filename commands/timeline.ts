import { type ButtonInteraction, type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import type { ParsedId } from '../src/discord/customId.js';
import { clampPage } from '../src/discord/pages.js';
import { pageButtons } from '../src/discord/render/buttons.js';
import { renderTimelinePage } from '../src/discord/render/timeline.js';
import { paginate } from '../src/discord/render/timelinePages.js';
import { deferThenEdit, type Payload, tell, update } from '../src/discord/respond.js';
import { parseDateBound } from '../src/timeline/index.js';
import type { TimelineOptions } from '../src/timeline/types.js';

const dateOption = (name: string, what: string) => (o: import('discord.js').SlashCommandStringOption) =>
  o.setName(name).setDescription(`${what}: 2025, 2025-08, 2025-08-20 or August 20, 2025`).setMaxLength(40);

export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setDescription('A dated, cited recap of events in the news articles.')
  .addStringOption((o) =>
    o.setName('topic').setDescription('Only events about these words').setMaxLength(100),
  )
  .addStringOption(dateOption('from', 'Earliest date'))
  .addStringOption(dateOption('to', 'Latest date'));

function page(ctx: BotContext, key: string, opts: TimelineOptions, index: number): Payload {
  const pages = paginate(ctx.engine.timeline(opts));
  const at = clampPage(index, pages.length);
  return {
    embeds: [renderTimelinePage(pages, at, opts)],
    components: pageButtons('timeline', key, at, pages.length),
  };
}

export async function execute(i: ChatInputCommandInteraction, ctx: BotContext) {
  const opts: TimelineOptions = {};
  for (const name of ['topic', 'from', 'to'] as const) {
    const v = i.options.getString(name)?.trim();
    if (v) opts[name] = v;
  }
  for (const name of ['from', 'to'] as const) {
    const raw = opts[name];
    if (raw === undefined) continue;
    const bound = parseDateBound(raw);
    if (!bound) return tell(i, `“${raw}” is not a date I understand. Try 2025, 2025-08 or 2025-08-20.`);
    opts[name] = bound;
  }
  ctx.timelines.set(i.id, opts);
  // The first /timeline builds the whole recap synchronously: acknowledge before that work.
  return deferThenEdit(i, () => page(ctx, i.id, opts, 0));
}

/** Previous/next: re-renders the requested page in place. */
export async function button(i: ButtonInteraction, ctx: BotContext, id: ParsedId) {
  const [at, key = ''] = id.args;
  const opts = ctx.timelines.get(key);
  if (!opts) return tell(i, 'That timeline is too old for me to remember; please run /timeline again.');
  const index = Number(at) + (id.action === 'next' ? 1 : -1);
  return update(i, page(ctx, key, opts, index));
}
