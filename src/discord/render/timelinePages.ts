import type { Citation } from '../../answer/types.js';
import type { TimelineEntry } from '../../timeline/types.js';
import { plain } from '../escape.js';
import { truncate } from '../truncate.js';

/** Room per page: the description holds the events, one field the sources they cite. */
const PAGE_CHARS = 3000;
const PAGE_ENTRIES = 10;

/** A citation's number on its page: one per article, since the engine numbers per entry. */
export type Ref = (c: Citation) => number;

export const entryLine = (e: TimelineEntry, ref: Ref) => {
  const refs = [...new Set(e.citations.map(ref))]
    .sort((x, y) => x - y)
    .map((k) => `[${k}]`)
    .join('');
  return `**${e.date}** — ${truncate(plain(e.text), 400)} ${refs}`.trimEnd();
};

/** Splits the recap into pages of whole entries, each small enough for one embed. */
export function paginate(entries: TimelineEntry[]): TimelineEntry[][] {
  const pages: TimelineEntry[][] = [];
  let page: TimelineEntry[] = [];
  let used = 0;
  for (const e of entries) {
    const cost = entryLine(e, () => 99).length + 1;
    if (page.length && (page.length >= PAGE_ENTRIES || used + cost > PAGE_CHARS)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(e);
    used += cost;
  }
  if (page.length) pages.push(page);
  return pages;
}
