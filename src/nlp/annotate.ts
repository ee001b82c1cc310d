import { spreadPersonNames } from './names.js';
import { POS, type PosCode } from './posCodes.js';
import { tokenize } from './tokenize.js';

type Nlp = typeof import('compromise/two').default;

// compromise tag → our code; the first tag a term carries in this order wins.
const TAG_ORDER: [string, PosCode][] = [
  ['Honorific', POS.title],
  ['Person', POS.person],
  ['Place', POS.place],
  ['Organization', POS.org],
  ['Month', POS.date],
  ['WeekDay', POS.date],
  ['Date', POS.date],
  ['Year', POS.date],
  ['Money', POS.money],
  ['Percent', POS.percent],
  ['Ordinal', POS.ordinal],
  ['Value', POS.number],
  ['ProperNoun', POS.proper],
  ['Negative', POS.negation],
  ['Copula', POS.aux],
  ['Auxiliary', POS.aux],
  ['Modal', POS.aux],
  ['Gerund', POS.gerund],
  ['PastTense', POS.past],
  ['Verb', POS.verb],
  ['Pronoun', POS.pronoun],
  ['Plural', POS.plural],
  ['Noun', POS.noun],
  ['Adjective', POS.adjective],
  ['Adverb', POS.adverb],
  ['Preposition', POS.preposition],
  ['Determiner', POS.determiner],
  ['Conjunction', POS.conjunction],
];

// Words that are titles whatever the tagger says: stripped from names, never an answer on their own.
const TITLES =
  /^(?:president|vice|prime|minister|secretary|general|gen|admiral|adm|chairman|chairwoman|chair|chancellor|king|queen|prince|princess|senator|sen|governor|gov|mayor|judge|justice|dr|mr|mrs|ms|captain|capt|colonel|col|lieutenant|lt|commander|cmdr|chief|pope|sir|lord|dame|rev|sergeant|sgt|major|maj|ambassador|director|spokesman|spokeswoman|spokesperson|officer|astronaut|pilot|professor|prof|leader|advisor|adviser|envoy|official|minister)$/i;

let nlpPromise: Promise<Nlp> | undefined;
/**
 * compromise costs ~0.5 s to load: loaded only when an article is tagged, never to answer.
 * Its second level is the tagger; the third adds phrase methods and a chunker hook we never
 * read (same tags, ~13% faster).
 */
const loadNlp = (): Promise<Nlp> => {
  nlpPromise ??= import('compromise/two').then((m) => m.default);
  return nlpPromise;
};

function codeOf(tags: Set<string>, text: string): PosCode {
  if (TITLES.test(text)) return POS.title;
  if (/^\d{4}$/.test(text) && Number(text) > 1000 && Number(text) < 2200) return POS.date;
  for (const [tag, code] of TAG_ORDER) if (tags.has(tag)) return code;
  return /^\d/.test(text) ? POS.number : POS.other;
}

/**
 * Tags every sentence of one article in a single tagger call (a call per sentence costs
 * several times more) and returns one code string per sentence, a character per token.
 * Depends on this article alone, so each article is tagged once and cached on its own.
 */
export async function annotateArticle(sentences: readonly string[]): Promise<string[]> {
  const nlp = await loadNlp();
  const joined = sentences.join('\n');
  const doc = nlp(joined);
  doc.compute('offset');
  const byOffset = new Map<number, PosCode>();
  for (const terms of doc.docs) {
    for (const term of terms as { text: string; tags: Set<string>; offset?: { start: number } }[]) {
      if (term.offset) byOffset.set(term.offset.start, codeOf(term.tags, term.text));
    }
  }
  let base = 0;
  const codes = sentences.map((s) => {
    const c = tokenize(s).map((t) => byOffset.get(base + t.start) ?? codeOf(new Set(), t.text));
    base += s.length + 1;
    return c.join('');
  });
  spreadPersonNames(sentences, codes);
  return codes;
}
