import type { APIEmbed } from 'discord.js';
import type { Citation } from '../../answer/types.js';
import type { TimelineEntry, TimelineOptions } from '../../timeline/types.js';
import { fitEmbed } from '../embedLength.js';
import { plain } from '../escape.js';
import { LIMITS } from '../limits.js';
import { fitLines, truncate } from '../truncate.js';
import { byline } from './citations.js';
import { entryLine, type Ref } from './timelinePages.js';

/** Numbers the articles a page cites, in order of first mention. */
function pageSources(page: TimelineEntry[]): Map<string, { k: number; c: Citation }> {
  const sources = new Map<string, { k: number; c: Citation }>();
  for (const c of page.flatMap((e) => e.citations))
    if (!sources.has(c.articleId)) sources.set(c.articleId, { k: sources.size + 1, c });
  return sources;
}

function sourcesField(sources: Map<string, { k: number; c: Citation }>) {
  const lines = [...sources.values()].map(
    ({ k, c }) => `[${k}] ${truncate(plain(c.title), 80)} (${byline(c)})`,
  );
  return lines.length ? [{ name: 'Sources', value: fitLines(lines, LIMITS.fieldValue) }] : [];
}

export function describeFilter(o: TimelineOptions): string {
  const parts = [o.topic && `about “${o.topic}”`, o.from && `from ${o.from}`, o.to && `to ${o.to}`];
  return parts.filter(Boolean).join(' ');
}

/** One page of the /timeline recap (0-based `index`), clamped to the pages there are. */
export function renderTimelinePage(pages: TimelineEntry[][], index: number, o: TimelineOptions): APIEmbed {
  const title = truncate(plain(`Timeline ${describeFilter(o)}`.trim()), LIMITS.embedTitle);
  const page = pages[Math.min(Math.max(index, 0), pages.length - 1)];
  if (!page) return { title, description: 'No dated events match. Try a wider range or another topic.' };
  const events = pages.reduce((n, p) => n + p.length, 0);
  const sources = pageSources(page);
  const ref: Ref = (c) => sources.get(c.articleId)?.k ?? 0;
  return fitEmbed({
    title,
    description: fitLines(
      page.map((e) => entryLine(e, ref)),
      LIMITS.embedDescription,
    ),
    fields: sourcesField(sources),
    footer: { text: `Page ${index + 1} of ${pages.length} · ${events} events` },
  });
}
