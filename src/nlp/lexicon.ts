import { fold, tokenize } from './tokenize.js';

/**
 * The code the tagger gave each word most often across the corpus. Questions are short and
 * the tagger is too slow to load per answer, so questions borrow the corpus's own tagging.
 */
export function buildLexicon(texts: readonly string[], codes: readonly string[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
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
  const lex: Record<string, string> = {};
  for (const [w, m] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let best = '';
    let n = -1;
    for (const [code, k] of [...m].sort()) if (k > n) [best, n] = [code, k];
    lex[w] = best;
  }
  return lex;
}
