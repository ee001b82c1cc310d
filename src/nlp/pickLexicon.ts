const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The code the tagger gave each word most often across the corpus. Questions are short and
 * the tagger is too slow to load per answer, so questions borrow the corpus's own tagging.
 * `count(w, c)` is how often words[w] got codes[c]; a tie goes to the code whose "code,"
 * sorts first (how sorting [code, count] pairs ranked them). The result is only looked up
 * (no inherited keys, and its key order means nothing), so words are not sorted.
 */
export async function pickLexicon(
  words: readonly string[],
  codes: readonly string[],
  count: (word: number, code: number) => number,
  pace: () => Promise<void> = async () => {},
): Promise<Record<string, string>> {
  const codeOrder = [...codes.keys()].sort((a, b) => byString(`${codes[a]},`, `${codes[b]},`));
  const lex: Record<string, string> = Object.create(null);
  for (let w = 0; w < words.length; w++) {
    if (w % 2000 === 1999) await pace();
    let best = -1;
    let n = 0;
    for (const c of codeOrder) {
      const k = count(w, c);
      if (k > n) [best, n] = [c, k];
    }
    if (best >= 0) lex[words[w] as string] = codes[best] as string;
  }
  return lex;
}
