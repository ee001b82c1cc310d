import { escapeMarkdown } from 'discord.js';

/**
 * Article and question text is shown as-is: markdown characters in it must not restyle the
 * reply, and a stray mention-like string must stay inert text (allowedMentions stops the ping).
 */
export function plain(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim(), {
    maskedLink: true,
    heading: true,
    bulletedList: true,
    numberedList: true,
  });
}
