import type { Collection, Interaction } from 'discord.js';
import type { Command } from './command.js';
import type { BotContext } from './context.js';
import { parseCustomId } from './customId.js';
import { tell } from './respond.js';

const SORRY = 'Sorry, something went wrong answering that. Please try again in a moment.';

/** Sends each interaction to the command it belongs to; one failure never reaches the client. */
export function createRouter(commands: Collection<string, Command>, ctx: BotContext) {
  return async function route(i: Interaction): Promise<void> {
    const started = Date.now();
    try {
      if (i.isAutocomplete()) {
        await commands.get(i.commandName)?.autocomplete?.(i, ctx);
      } else if (i.isChatInputCommand()) {
        const command = commands.get(i.commandName);
        if (!command) return void (await tell(i, 'I do not know that command (yet).'));
        const wait = ctx.cooldown.take(i.user.id, i.commandName);
        if (wait > 0) return void (await tell(i, `You're going a bit fast: try again in ${wait} s.`));
        await command.execute(i, ctx);
      } else if (i.isButton()) {
        const id = parseCustomId(i.customId);
        const command = commands.get(id.command);
        if (!command?.button) return void (await tell(i, 'That button no longer does anything.'));
        await command.button(i, ctx, id);
      }
      ctx.log.debug({ interactionId: i.id, type: i.type, ms: Date.now() - started }, 'interaction handled');
    } catch (e) {
      ctx.log.error({ err: e, interactionId: i.id, type: i.type, user: i.user.id }, 'interaction failed');
      if (i.isRepliable())
        await tell(i, SORRY).catch((e2) =>
          ctx.log.warn({ err: e2, interactionId: i.id }, 'could not report the error'),
        );
    }
  };
}
