import { fold, tokenize } from './tokenize.js';

/** How often each code was given to each folded word. Counts add up: a corpus's are the sum of its articles'. */
export type WordCounts = Map<string, Map<string, number>>;

/** How often each code was given to each word of the texts (folded). */
export function countWords(texts: readonly string[], codes: readonly string[]): WordCounts {
  const counts: WordCounts = new Map();
  texts.forEach((text, i) => {
    const c = codes[i] ?? '';
    tokenize(text).forEach((t, j) => {
      const w = fold(t.text);
      const code = c[j];
      if (!code) return;
      const m = counts.get(w) ?? new Map<string, number>();
      m.set(code, (m.get(code) ?? 0) + 1);
      counts.set(w, m);
    });
  });
  return counts;
}
