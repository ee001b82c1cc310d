import { articleIdOf, parseArticle } from '../corpus/parse.js';
import { annotateArticle } from '../nlp/annotate.js';
import { countWords } from '../nlp/lexicon.js';
import { termsOf } from '../search/terms.js';
import { type ArticleRecord, sentenceCodes, type TermCounts, type WordCodes } from './articleRecord.js';

/** What a record is built from: one article file's text, and the key its bytes give. */
export interface RecordSource {
  key: string;
  file: string;
  text: string;
}

/** Interns strings into a growing dictionary: index of each, in first-seen order. */
function interner(): { dict: string[]; id: (s: string) => number } {
  const dict: string[] = [];
  const ids = new Map<string, number>();
  return {
    dict,
    id: (s) => {
      let i = ids.get(s);
      if (i === undefined) {
        i = dict.length;
        ids.set(s, i);
        dict.push(s);
      }
      return i;
    },
  };
}

/** Index keys of each sentence, as MiniSearch would count them from `termsOf`. */
export function countTerms(clean: readonly string[]): TermCounts {
  const keys = interner();
  const key: number[] = [];
  const sentence: number[] = [];
  const tf: number[] = [];
  const length = new Uint32Array(clean.length);
  clean.forEach((text, i) => {
    const tokens = termsOf(text);
    const counts = new Map<string, number>();
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    length[i] = counts.size;
    for (const [k, n] of counts) {
      // MiniSearch counts an empty term in the field length but never indexes it.
      if (!k) continue;
      key.push(keys.id(k));
      sentence.push(i);
      tf.push(n);
    }
  });
  return {
    dict: keys.dict,
    key: Uint32Array.from(key),
    sentence: Uint32Array.from(sentence),
    tf: Uint32Array.from(tf),
    length,
  };
}

function wordCodes(clean: readonly string[], codes: readonly string[]): WordCodes {
  const words = interner();
  const codeIds = interner();
  const word: number[] = [];
  const code: number[] = [];
  const count: number[] = [];
  for (const [w, m] of countWords(clean, codes)) {
    for (const [c, n] of m) {
      word.push(words.id(w));
      code.push(codeIds.id(c));
      count.push(n);
    }
  }
  return {
    words: words.dict,
    codes: codeIds.dict,
    word: Uint32Array.from(word),
    code: Uint32Array.from(code),
    count: Uint32Array.from(count),
  };
}

/**
 * Does one article's language work: cleaning and splitting, tagging (compromise), index keys
 * and word codes. A file with no story text gives a record without sentences.
 */
export async function buildRecord(src: RecordSource): Promise<ArticleRecord> {
  const id = articleIdOf(src.file);
  const article = parseArticle(id, src.file, src.text);
  const sentences = article?.sentences ?? [];
  const clean = sentences.map((s) => s.clean);
  const annotation = clean.length ? await annotateArticle(clean) : [];
  const { sentences: _s, file: _f, ...meta } = article ?? { id, title: id, file: src.file, sentences };
  return {
    key: src.key,
    file: src.file,
    meta,
    text: sentences.map((s) => s.text),
    clean,
    kind: sentences.map((s) => s.kind),
    paragraph: Uint32Array.from(sentences.map((s) => s.paragraph)),
    annotation,
    terms: countTerms(clean),
    words: wordCodes(clean, sentenceCodes(annotation)),
  };
}
