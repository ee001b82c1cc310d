import { fold } from '../nlp/tokenize.js';
import type { Candidate } from './extract.js';

/** One answer with every candidate that says it, best first. */
export interface Merged {
  text: string;
  score: number;
  candidates: Candidate[];
  articles: Set<string>;
}

const keyOf = (c: Candidate): string => {
  const words = fold(c.text)
    .replace(/^(?:the|a|an)\s+/, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  return c.person ? `p:${words.at(-1) ?? ''}` : words.join(' ');
};

/**
 * Merges candidates that name the same thing; support grows with the number of articles
 * that agree, not with mentions. Ties break on text, so the
 * same corpus and question always give the same answer.
 */
export function mergeCandidates(scored: { c: Candidate; score: number }[]): Merged[] {
  const groups = new Map<string, { c: Candidate; score: number }[]>();
  for (const x of scored) {
    const k = keyOf(x.c);
    groups.set(k, [...(groups.get(k) ?? []), x]);
  }
  const merged: Merged[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => b.score - a.score || a.c.evidence.sentence.id - b.c.evidence.sentence.id);
    const articles = new Set(list.map((x) => x.c.evidence.sentence.articleId));
    const best = list[0]?.score ?? 0;
    const text = list.reduce(
      (t, x) => (x.c.text.length > t.length && x.c.person ? x.c.text : t),
      list[0]?.c.text ?? '',
    );
    merged.push({
      text,
      // Corroboration counts articles, not mentions: a name repeated in one story is no extra support.
      score: best * (1 + 0.1 * (articles.size - 1)),
      candidates: list.map((x) => x.c),
      articles,
    });
  }
  return merged.sort((a, b) => b.score - a.score || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}
