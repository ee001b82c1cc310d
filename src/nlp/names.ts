import { NAME_CODES, POS } from './posCodes.js';
import { fold, tokenize } from './tokenize.js';

/**
 * The tagger knows "Donald Trump" but not always a bare "Trump". Surnames it tagged as a
 * person anywhere in the corpus are marked as persons everywhere else.
 */
export function spreadPersonNames(texts: readonly string[], codes: string[]): void {
  const surnames = new Set<string>();
  texts.forEach((text, i) => {
    const toks = tokenize(text);
    const c = codes[i] ?? '';
    for (let j = 0; j < toks.length; j++) {
      const name = c[j] === POS.person && (c[j - 1] === POS.person || c[j - 1] === POS.title);
      if (name && c[j + 1] !== POS.person) surnames.add(fold(toks[j]?.text ?? ''));
    }
  });
  texts.forEach((text, i) => {
    const toks = tokenize(text);
    const c = [...(codes[i] ?? '')];
    toks.forEach((t, j) => {
      if (
        NAME_CODES.has(c[j] ?? '') &&
        c[j] !== POS.title &&
        surnames.has(fold(t.text.replace(/['’]s$/, '')))
      ) {
        c[j] = POS.person;
      }
    });
    codes[i] = c.join('');
  });
}
