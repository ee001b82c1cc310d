import type { PartialDate } from '../corpus/dates.js';
import { formatDate } from '../corpus/dates.js';
import { isFullDate } from './calendar.js';
import type { Mention } from './mention.js';

/** "2025-08-21" / "2025-08" / "2025" → PartialDate. */
export function parseIsoDate(s: string | undefined): PartialDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s ?? '');
  if (!m) return undefined;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

/** The latest date an article reports as past (YYYY…): the article is no older than that. */
export function pastFloor(mentions: Mention[]): string {
  const past = mentions.flatMap((m) =>
    m.direction !== 'past'
      ? []
      : m.ref.kind === 'date'
        ? [formatDate(m.ref.date)]
        : m.ref.kind === 'year'
          ? [String(m.ref.year)]
          : [],
  );
  return past.sort().at(-1) ?? '';
}

/**
 * The article's own "today", against which its relative dates are read: the publication date; else
 * the full date it states most often for what already happened (ties: the latest, as news reports
 * the newest development), unless it reports a later year or month as past, which makes that date
 * background; else a coarser publication date; else none.
 */
export function articleAnchor(published: string | undefined, mentions: Mention[]): PartialDate | undefined {
  const pub = parseIsoDate(published);
  if (isFullDate(pub)) return pub;
  const counts = new Map<string, { date: PartialDate; n: number }>();
  const floor = pastFloor(mentions);
  const stated = mentions.filter((m) => m.ref.kind === 'date' && isFullDate(m.ref.date));
  const past = stated.filter((m) => m.direction === 'past');
  for (const m of past.length > 0 ? past : stated) {
    if (m.ref.kind !== 'date') continue;
    const key = formatDate(m.ref.date);
    if (pub && !key.startsWith(formatDate(pub))) continue; // must agree with a coarse publication date
    if (key < floor.slice(0, key.length)) continue; // background: the article reports later events
    const c = counts.get(key) ?? { date: m.ref.date, n: 0 };
    counts.set(key, { date: c.date, n: c.n + 1 });
  }
  const best = [...counts.entries()].sort(([ka, a], [kb, b]) => b.n - a.n || kb.localeCompare(ka))[0];
  return best?.[1].date ?? pub;
}
