import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { customId } from '../customId.js';

/** Buttons under an answer; `key` is the id of the interaction that asked. */
export function answerButtons(key: string, opts: { private: boolean; cited: boolean }) {
  const buttons: APIButtonComponent[] = [
    button(customId('ask', 'sources', key), 'Sources', ButtonStyle.Primary, !opts.cited),
    button(customId('ask', 'vote', 'up', key), '👍', ButtonStyle.Secondary),
    button(customId('ask', 'vote', 'down', key), '👎', ButtonStyle.Secondary),
  ];
  if (opts.private) buttons.push(button(customId('ask', 'share', key), 'Share', ButtonStyle.Success));
  return [row(buttons)];
}

/** Previous/next under one page of `command`'s list; no buttons when it all fits on one page. */
export function pageButtons(command: string, key: string, index: number, pages: number) {
  if (pages <= 1) return [];
  return [
    row([
      button(customId(command, 'prev', index, key), '◀ Previous', ButtonStyle.Secondary, index <= 0),
      button(customId(command, 'next', index, key), 'Next ▶', ButtonStyle.Secondary, index >= pages - 1),
    ]),
  ];
}

function button(
  custom_id: string,
  label: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success,
  disabled = false,
): APIButtonComponent {
  return { type: ComponentType.Button, custom_id, label, style, disabled };
}

function row(components: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent> {
  return { type: ComponentType.ActionRow, components };
}
