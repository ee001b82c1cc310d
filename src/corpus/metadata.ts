import { formatDate, parseStatedDate } from './dates.js';

/** Metadata a line may state. A line that states it is not story text. */
export interface LineMeta {
  published?: string;
  author?: string;
  publisher?: string;
  /** The story text left on the line once the metadata is taken off (e.g. after a date prefix). */
  rest?: string;
  /** Offset of `rest` within the line. */
  restStart?: number;
}

const words = (s: string): number => s.trim().split(/\s+/).filter(Boolean).length;

/** "Emma Walker – News Editor" → "Emma Walker"; "Jane Doe, Reuters" → "Jane Doe". */
function personName(raw: string): string | undefined {
  const name = raw
    .split(/\s+[–—|-]\s+|,\s+|\s+\(/)[0]
    ?.replace(/[.;:]+$/, '')
    .trim();
  if (!name || words(name) > 6 || /^(?:the|staff|our)\b/i.test(name)) return undefined;
  return name;
}

const statedDate = (text: string): string | undefined => {
  const d = parseStatedDate(text);
  return d ? formatDate(d) : undefined;
};

/**
 * Reads a byline, dateline or imprint line. Returns undefined for ordinary story lines.
 * Each rule is one convention of news pages; none names a particular site.
 */
export function readLineMeta(line: string): LineMeta | undefined {
  const prefix = /^\s*(?:date|dated|published|posted)\s*:?\s+(\d{4}-\d{2}-\d{2})\b[\s:–—-]*/i.exec(line);
  if (prefix) {
    const rest = line.slice(prefix[0].length);
    return { published: prefix[1], rest: rest.trim() ? rest : undefined, restStart: prefix[0].length };
  }
  if (words(line) > 12) return undefined;
  const imprint = /^published\s+(?:in|by|on)\s+([^,]+?),\s*(.+)$/i.exec(line.trim());
  if (imprint?.[1] && imprint[2]) {
    const published = statedDate(imprint[2]);
    if (published) return { publisher: imprint[1].trim(), published };
  }
  const dated = /^(?:published|posted|first published|date)\s*(?:on|:)?\s+(.+)$/i.exec(line.trim());
  if (dated?.[1]) {
    const published = statedDate(dated[1]);
    if (published) return { published };
  }
  const byline = /^(?:by|written by|edited by|author|reporting by)\s*:?\s+(.+)$/i.exec(line.trim());
  if (byline?.[1]) {
    const author = personName(byline[1]);
    if (author) return { author };
  }
  const copyright = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s+)?(.+?)\.?$/i.exec(line.trim());
  if (copyright?.[1] && words(copyright[1]) <= 6)
    return { publisher: copyright[1].replace(/,?\s*all rights reserved$/i, '').trim() };
  return undefined;
}
