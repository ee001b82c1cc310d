import type { APIEmbed } from 'discord.js';
import type { SourceInfo } from '../../engine.js';
import { fitEmbed } from '../embedLength.js';
import { plain } from '../escape.js';
import { LIMITS } from '../limits.js';
import { fitLines, truncate } from '../truncate.js';
import { byline } from './citations.js';

/** /sources: every article with its number, title, publisher, date and sentence count. */
export function renderSourceList(sources: SourceInfo[]): APIEmbed {
  const lines = sources.map(
    (s, i) =>
      `**[${i + 1}]** ${truncate(plain(s.title), 300)} — ${[byline(s, ''), `${s.sentences} sentences`].filter(Boolean).join(' · ')}`,
  );
  return {
    title: `${sources.length} articles in the coverage`,
    description: lines.length
      ? fitLines(lines, LIMITS.embedDescription)
      : 'The corpus folder holds no articles.',
    footer: { text: 'Pick one with /sources article: for its details' },
  };
}

/** /sources article: one article's details. */
export function renderSource(s: SourceInfo, n: number): APIEmbed {
  const field = (name: string, value: string | number | undefined) =>
    value === undefined ? [] : [{ name, value: truncate(String(value), LIMITS.fieldValue), inline: true }];
  return fitEmbed({
    title: truncate(`[${n}] ${plain(s.title)}`, LIMITS.embedTitle),
    ...(s.url && /^https?:\/\/\S+$/.test(s.url) ? { url: s.url } : {}),
    fields: [
      ...field('Publisher', s.publisher && plain(s.publisher)),
      ...field('Published', s.published),
      ...field('Author', s.author && plain(s.author)),
      ...field('Sentences', s.sentences),
      ...field('Id', s.id),
    ],
  });
}
