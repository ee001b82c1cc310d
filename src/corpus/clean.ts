import { isBoilerplate, opensSourceList } from './boilerplate.js';
import { type LineMeta, readLineMeta } from './metadata.js';

/** A run of story text: one line, paragraph or bullet, with its offset in the file. */
export interface Block {
  text: string;
  start: number;
  heading: boolean;
  /** A byline or imprint ("Published in Dawn, August 21st, 2025"): about the article, not the story. */
  meta?: boolean;
}

export interface CleanedArticle {
  title?: string;
  blocks: Block[];
  meta: Omit<LineMeta, 'rest' | 'restStart'>;
}

const BULLET = /^(?:[•·▪◦●*‣-]|\d{1,2}[.)])\s+/;
const TERMINAL = /[.!?]["'”’)\]]*$/;
const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A short line without a full stop reads as a headline, not a sentence. */
export const isHeadline = (line: string): boolean =>
  (!TERMINAL.test(line) || /(?:\.\.\.|…)$/.test(line)) && tokens(line).length <= 20;

/** Shares most of its words with the title: a repeated or truncated title ("… Individual Security..."). */
function echoesTitle(line: string, title: string): boolean {
  const a = new Set(tokens(line.replace(/(?:\.\.\.|…)$/, '')));
  const b = new Set(tokens(title));
  if (a.size === 0) return true;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size >= 0.6 && shared / Math.max(b.size, 1) >= 0.5;
}

const firstSentence = (text: string): string => {
  const m = /^(.{20,}?[.!?])\s/.exec(text);
  const s = (m?.[1] ?? text).trim();
  return s.length <= 160 ? s : `${s.slice(0, s.lastIndexOf(' ', 157))}…`;
};

/**
 * Separates story text from page furniture in a plain-text article: drops boilerplate lines,
 * source lists and repeated titles, reads bylines and datelines into metadata, and takes the
 * title from the first real line. Blocks keep their exact text and offset.
 */
export function cleanArticle(raw: string): CleanedArticle {
  const meta: CleanedArticle['meta'] = {};
  const blocks: Block[] = [];
  const seen = new Set<string>();
  let title: string | undefined;
  let inSourceList = false;
  let offset = 0;
  for (const line of raw.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    let text = line.replace(/\s+$/, '');
    let start = lineStart + (text.length - text.trimStart().length);
    text = text.trim();
    const bullet = BULLET.exec(text);
    if (bullet) {
      start += bullet[0].length;
      text = text.slice(bullet[0].length);
    }
    if (!text) continue;
    if (opensSourceList(text)) {
      inSourceList = true;
      continue;
    }
    // A source list runs on through short unpunctuated items (outlet names).
    if (inSourceList && isHeadline(text) && tokens(text).length <= 8) continue;
    inSourceList = false;
    if (isBoilerplate(text)) continue;
    const lineMeta = readLineMeta(text);
    if (lineMeta) {
      for (const key of ['published', 'author', 'publisher'] as const) meta[key] ??= lineMeta[key];
      if (lineMeta.rest === undefined || lineMeta.restStart === undefined) {
        // A byline or imprint stays citable ("Which paper published it?"); a bare date line does not.
        if (lineMeta.author || lineMeta.publisher) blocks.push({ text, start, heading: false, meta: true });
        continue;
      }
      const lead = lineMeta.rest.length - lineMeta.rest.trimStart().length;
      start += lineMeta.restStart + lead;
      text = lineMeta.rest.trim();
    }
    const key = tokens(text).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const heading = isHeadline(text);
    if (title === undefined) {
      title = heading ? text : firstSentence(text);
      if (heading) continue;
    } else if (heading && echoesTitle(text, title)) {
      continue;
    }
    blocks.push({ text, start, heading });
  }
  return { title, blocks, meta };
}
