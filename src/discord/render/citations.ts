import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Citation } from '../../answer/types.js';
import { fitEmbed } from '../embedLength.js';
import { plain } from '../escape.js';
import { LIMITS } from '../limits.js';
import { truncate } from '../truncate.js';

/** "Publisher · 2025-08-20", leaving out whatever the article does not state. */
export function byline(
  c: { publisher?: string; published?: string },
  none = 'publisher and date not stated',
): string {
  const parts = [c.publisher && plain(c.publisher), c.published].filter(Boolean);
  return parts.join(' · ') || none;
}

/** Under a citation whose article left the coverage after the answer was given. */
export const REMOVED_NOTE = '\n*This article has since been removed from the coverage.*';

/** One citation in full: title, publisher, date, and the quoted sentence (and whether its article is gone). */
export function citationField(c: Citation, removed = false): APIEmbedField {
  const head = `${byline(c)}\n> `;
  const note = removed ? REMOVED_NOTE : '';
  return {
    name: truncate(`[${c.n}] ${plain(c.title)}`, LIMITS.fieldName),
    value: head + truncate(`“${plain(c.sentence)}”`, LIMITS.fieldValue - head.length - note.length) + note,
  };
}

/** What the Sources button shows: every citation of one answer; `gone` are article ids no longer served. */
export function renderCitations(
  question: string,
  citations: Citation[],
  gone: ReadonlySet<string> = new Set(),
): APIEmbed {
  if (!citations.length) return { title: 'Sources', description: 'This answer quotes no articles.' };
  return fitEmbed({
    title: truncate(`Sources for: ${plain(question)}`, LIMITS.embedTitle),
    fields: citations.map((c) => citationField(c, gone.has(c.articleId))),
  });
}
