import type { SourceInfo } from '../engine.js';

/**
 * The index of the article a user picked (by id, from autocomplete) or typed (a title, or a
 * part of exactly one title); -1 when nothing or more than one article matches.
 */
export function findArticle(sources: SourceInfo[], text: string): number {
  const t = text.trim().toLowerCase();
  const exact = sources.findIndex((s) => s.id === text || s.title.toLowerCase() === t);
  if (exact >= 0) return exact;
  const partial = sources.flatMap((s, i) => (s.title.toLowerCase().includes(t) ? [i] : []));
  return partial.length === 1 ? (partial[0] ?? -1) : -1;
}
