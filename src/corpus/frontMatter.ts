import { parse } from 'yaml';
import { formatDate, parseStatedDate } from './dates.js';

export interface FrontMatter {
  title?: string;
  publisher?: string;
  author?: string;
  published?: string;
  url?: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const str = (v: unknown): string | undefined => {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  if (Array.isArray(v)) return v.map(str).filter(Boolean).join(', ') || undefined;
  return undefined;
};

/**
 * Reads YAML front matter at the top of a Markdown article. Returns the fields it knows and
 * where the body starts; a malformed block is treated as no front matter.
 */
export function readFrontMatter(text: string): { fields: FrontMatter; bodyStart: number } {
  const m = FENCE.exec(text);
  if (!m?.[1]) return { fields: {}, bodyStart: 0 };
  let data: unknown;
  try {
    data = parse(m[1]);
  } catch {
    return { fields: {}, bodyStart: 0 };
  }
  if (!data || typeof data !== 'object') return { fields: {}, bodyStart: m[0].length };
  const d = data as Record<string, unknown>;
  const rawDate = str(d.published ?? d.date);
  const parsed = rawDate ? parseStatedDate(rawDate) : undefined;
  return {
    fields: {
      title: str(d.title),
      publisher: str(d.publisher ?? d.source),
      author: str(d.author ?? d.authors),
      published: parsed ? formatDate(parsed) : undefined,
      url: str(d.url ?? d.link),
    },
    bodyStart: m[0].length,
  };
}
