import type { Citation } from '../../answer/types.js';
import type { TimelineEntry } from '../../timeline/types.js';
import { plain } from '../escape.js';
import { pack } from '../pages.js';
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
export const paginate = (entries: TimelineEntry[]): TimelineEntry[][] =>
  pack(entries, (e) => entryLine(e, () => 99).length + 1, PAGE_CHARS, PAGE_ENTRIES);
