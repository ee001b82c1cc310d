import type { APIEmbed } from 'discord.js';
import type { SourceInfo } from '../../engine.js';
import { fitEmbed } from '../embedLength.js';
import { plain } from '../escape.js';
import { LIMITS } from '../limits.js';
import { pack } from '../pages.js';
import { fitLines, truncate } from '../truncate.js';
import { byline } from './citations.js';

const PAGE_CHARS = 3800;
const PAGE_ITEMS = 25;

/** One line per article: its number, title, publisher, date (where stated) and sentence count. */
const sourceLine = (s: SourceInfo, n: number) => {
  const facts = [byline(s, ''), `${s.sentences} sentences`].filter(Boolean).join(' · ');
  return `**[${n}]** ${truncate(plain(s.title), 300)} — ${facts}`;
};

/** The list as pages of whole lines, numbered across pages, each fitting one embed. */
export const sourcePages = (sources: SourceInfo[]): string[][] =>
  pack(
    sources.map((s, i) => sourceLine(s, i + 1)),
    (l) => l.length + 1,
    PAGE_CHARS,
    PAGE_ITEMS,
  );

/** /sources: one page (0-based) of the article list. */
export function renderSourceList(total: number, pages: string[][], index: number): APIEmbed {
  const page = pages[index];
  if (!page) return { title: 'No articles', description: 'The corpus folder holds no articles.' };
  const where = pages.length > 1 ? `Page ${index + 1} of ${pages.length} · ` : '';
  return {
    title: `${total} articles in the coverage`,
    description: fitLines(page, LIMITS.embedDescription),
    footer: { text: `${where}Pick one with /sources article: for its details` },
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
