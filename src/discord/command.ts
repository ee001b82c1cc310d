import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from './context.js';
import type { ParsedId } from './customId.js';

/** The shape of each module in commands/: the discord.js guide's `data` + `execute`, plus hooks. */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<unknown>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<unknown>;
  /** Clicks on buttons whose custom_id starts with this command's name. */
  button?(interaction: ButtonInteraction, ctx: BotContext, id: ParsedId): Promise<unknown>;
}

export function isCommand(m: unknown): m is Command {
  const c = m as Partial<Command> | undefined;
  return (
    typeof c?.data?.name === 'string' &&
    typeof c.data.toJSON === 'function' &&
    typeof c.execute === 'function'
  );
}
