import { NAME_CODES, POS } from './posCodes.js';
import { fold, tokenize } from './tokenize.js';

/** After a title, proper nouns are a person's name ("General Alexus Grynkewich"), whatever the tagger said. */
function nameTitled(toks: readonly { text: string }[], c: string[]): void {
  for (let j = 0; j < c.length; j++) {
    if (c[j] !== POS.title) continue;
    for (
      let k = j + 1;
      (c[k] === POS.proper || c[k] === POS.person) && /^\p{Lu}/u.test(toks[k]?.text ?? '');
      k++
    )
      c[k] = POS.person;
  }
}

/**
 * The tagger knows "Donald Trump" but not always a bare "Trump". Surnames it tagged as a
 * person anywhere in the texts (one article's sentences) are marked as persons everywhere
 * else in them. Per article, so that tagging one article never depends on the others.
 */
export function spreadPersonNames(texts: readonly string[], codes: string[]): void {
  const surnames = new Set<string>();
  texts.forEach((text, i) => {
    const toks = tokenize(text);
    const c = [...(codes[i] ?? '')];
    nameTitled(toks, c);
    codes[i] = c.join('');
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
