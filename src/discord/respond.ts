import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type ButtonInteraction,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';

/** Nobody is ever pinged: questions and articles may contain @everyone or user mentions. */
export const NO_MENTIONS = { parse: [] };

export interface Payload {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
}

// Ephemeral goes in `flags`: the `ephemeral: true` reply option is deprecated in discord.js 14.
const flags = (onlyAsker: boolean) => (onlyAsker ? { flags: MessageFlags.Ephemeral as const } : {});

/** The one way a command answers an interaction for the first time. */
export function reply(i: RepliableInteraction, p: Payload, onlyAsker = false) {
  return i.reply({ ...p, allowedMentions: NO_MENTIONS, ...flags(onlyAsker) });
}

/** Replaces the message a button sits on (paging). */
export function update(i: ButtonInteraction, p: Payload) {
  return i.update({ ...p, allowedMentions: NO_MENTIONS });
}

/** A short private note, whatever state the interaction is in (used for errors and refusals). */
export async function tell(i: RepliableInteraction, content: string) {
  const p = { content, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral as const };
  if (i.deferred && !i.replied) return i.editReply({ content, allowedMentions: NO_MENTIONS });
  if (i.replied) return i.followUp(p);
  return i.reply(p);
}

/**
 * Acknowledges first, then works and edits the reply: for work that blocks (a synchronous
 * build of a large recap) and so could never be raced against Discord's 3 s window.
 */
export async function deferThenEdit(i: RepliableInteraction, work: () => Payload | Promise<Payload>) {
  await i.deferReply();
  return i.editReply({ ...(await work()), allowedMentions: NO_MENTIONS });
}

/**
 * Replies with the result of `work` at once when it is ready within `budgetMs`; otherwise
 * defers first (Discord drops interactions not acknowledged within 3 s) and edits later.
 */
export async function replyWithin(
  i: RepliableInteraction,
  work: () => Payload | Promise<Payload>,
  opts: { onlyAsker?: boolean; budgetMs: number },
) {
  const pending = Promise.resolve().then(work);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((r) => {
    timer = setTimeout(r, opts.budgetMs, 'late');
  });
  const first = await Promise.race([pending, late]).finally(() => clearTimeout(timer));
  if (first !== 'late') return reply(i, first, opts.onlyAsker);
  await i.deferReply(flags(opts.onlyAsker ?? false));
  return i.editReply({ ...(await pending), allowedMentions: NO_MENTIONS });
}
