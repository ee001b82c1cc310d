import { createHash } from 'node:crypto';
import type { Article, Corpus, Sentence } from '../corpus/types.js';
import { pickLexicon } from '../nlp/pickLexicon.js';
import { FrozenMiniSearch, type Postings } from '../search/frozen.js';
import type { SentenceIndex } from '../search/store.js';
import { type ArticleRecord, sentenceCodes } from './articleRecord.js';

/**
 * Called between small pieces of work (one article's, a batch of terms): the live corpus
 * yields to the event loop there once a slice of time has run, the CLI never does.
 */
export type Pace = () => Promise<void>;
const noPace: Pace = async () => {};

/** Global ids for the strings of many dictionaries, each dictionary remapped once. */
class Dictionaries {
  readonly strings: string[] = [];
  readonly #ids = new Map<string, number>();
  readonly #remaps = new Map<readonly string[], Uint32Array>();
  remap(dict: readonly string[]): Uint32Array {
    let remap = this.#remaps.get(dict);
    if (remap) return remap;
    remap = new Uint32Array(dict.length);
    dict.forEach((s, i) => {
      let id = this.#ids.get(s);
      if (id === undefined) {
        id = this.strings.length;
        this.#ids.set(s, id);
        this.strings.push(s);
      }
      (remap as Uint32Array)[i] = id;
    });
    this.#remaps.set(dict, remap);
    return remap;
  }
}

/** Runs `fn` on each record, pacing after each. */
async function eachRecord(
  records: readonly ArticleRecord[],
  pace: Pace,
  fn: (r: ArticleRecord, i: number) => void,
) {
  for (let i = 0; i < records.length; i++) {
    fn(records[i] as ArticleRecord, i);
    await pace();
  }
}

/** The record each assembled article was made from: an unchanged article at the same place is reused whole. */
const madeFrom = new WeakMap<Article, ArticleRecord>();

function articleOf(r: ArticleRecord, first: number): Article {
  const { id, ...meta } = r.meta;
  const sentences: Sentence[] = r.text.map((text, index) => ({
    id: first + index,
    articleId: id,
    index,
    paragraph: r.paragraph[index] as number,
    text,
    clean: r.clean[index] as string,
    kind: r.kind[index] ?? 'body',
  }));
  const article = { id, file: r.file, ...meta, sentences };
  madeFrom.set(article, r);
  return article;
}

/**
 * Articles and sentences (ids are positions, articles in record order) and each sentence's
 * codes. Articles of `previous` whose record and first sentence id are unchanged are reused
 * (they are never mutated): an update then allocates little, and pauses for little GC.
 */
async function corpusOf(dir: string, records: readonly ArticleRecord[], pace: Pace, previous?: Corpus) {
  const reusable = new Map((previous?.articles ?? []).map((a) => [a.file, a]));
  const articles: Article[] = [];
  const sentences: Sentence[] = [];
  const pos: string[] = [];
  const first: number[] = [];
  await eachRecord(records, pace, (r) => {
    const at = sentences.length;
    first.push(at);
    const old = reusable.get(r.file);
    const article = old && madeFrom.get(old) === r && old.sentences[0]?.id === at ? old : articleOf(r, at);
    articles.push(article);
    for (const s of article.sentences) sentences.push(s);
    for (const c of sentenceCodes(r.annotation)) pos.push(c);
  });
  const hash = createHash('sha256');
  for (const r of records) hash.update(r.key);
  const corpus: Corpus = { dir, articles, sentences, hash: hash.digest('hex').slice(0, 16) };
  return { corpus, pos, first };
}

/**
 * Every record's key columns merged into global posting lists, sentence ids ascending. Keys
 * are numbered in order of first occurrence (the order addAll would meet them): that depends
 * only on the records, not on how they were grouped in shards, and needs no sort.
 */
async function postingsOf(records: readonly ArticleRecord[], first: readonly number[], pace: Pace) {
  const dicts = new Dictionaries();
  // Remapped record by record, between paces: one shard's dictionary alone is ~30k keys.
  const remaps: Uint32Array[] = [];
  await eachRecord(records, pace, (r) => {
    remaps.push(dicts.remap(r.terms.dict));
  });
  // A shard's dictionary can hold keys no sentence here has: only keys met get a rank.
  const rank = new Int32Array(dicts.strings.length).fill(-1);
  const terms: string[] = [];
  const counts: number[] = [];
  await eachRecord(records, pace, (r, i) => {
    const remap = remaps[i] as Uint32Array;
    for (const k of r.terms.key) {
      const t = remap[k] as number;
      let at = rank[t] as number;
      if (at < 0) {
        at = terms.length;
        rank[t] = at;
        terms.push(dicts.strings[t] as string);
        counts.push(0);
      }
      counts[at] = (counts[at] as number) + 1;
    }
  });
  const offsets = new Uint32Array(terms.length + 1);
  counts.forEach((n, at) => {
    offsets[at + 1] = (offsets[at] as number) + n;
  });
  const next = offsets.slice(0, terms.length);
  const total = offsets[terms.length] as number;
  const docs = new Uint32Array(total);
  const tfs = new Uint32Array(total);
  const lengths = new Uint32Array(records.reduce((n, r) => n + r.text.length, 0));
  await eachRecord(records, pace, (r, i) => {
    const remap = remaps[i] as Uint32Array;
    const base = first[i] as number;
    const { key, sentence, tf, length } = r.terms;
    lengths.set(length, base);
    for (let e = 0; e < key.length; e++) {
      const at = rank[remap[key[e] as number] as number] as number;
      const to = next[at] as number;
      next[at] = to + 1;
      docs[to] = base + (sentence[e] as number);
      tfs[to] = tf[e] as number;
    }
  });
  const postings: Postings = { terms, offsets, docs, tfs, lengths };
  const df = new Map(terms.map((term, t) => [term, counts[t] as number]));
  return { postings, df };
}

/** The corpus lexicon from every record's word codes: sums of counts, then the most frequent code. */
async function lexiconOf(records: readonly ArticleRecord[], pace: Pace): Promise<Record<string, string>> {
  const words = new Dictionaries();
  const codes = new Dictionaries();
  const wordRemaps: Uint32Array[] = [];
  const codeRemaps: Uint32Array[] = [];
  await eachRecord(records, pace, (r) => {
    wordRemaps.push(words.remap(r.words.words));
    codeRemaps.push(codes.remap(r.words.codes));
  });
  const width = codes.strings.length;
  const cells = new Float64Array(words.strings.length * width);
  await eachRecord(records, pace, (r, i) => {
    const wr = wordRemaps[i] as Uint32Array;
    const cr = codeRemaps[i] as Uint32Array;
    const { word, code, count } = r.words;
    for (let e = 0; e < word.length; e++) {
      const cell = (wr[word[e] as number] as number) * width + (cr[code[e] as number] as number);
      cells[cell] = (cells[cell] as number) + (count[e] as number);
    }
  });
  await pace();
  return pickLexicon(words.strings, codes.strings, (w, c) => cells[w * width + c] as number, pace);
}

/**
 * The sentence index of a corpus, from its article records (in file order): what a from-scratch
 * build would give, whatever history the records come from. Records without sentences are left
 * out. `previous` is the index this one replaces, if any: unchanged articles are taken from it.
 */
export async function assemble(
  dir: string,
  all: readonly ArticleRecord[],
  pace: Pace = noPace,
  previous?: SentenceIndex,
): Promise<SentenceIndex> {
  const records = all.filter((r) => r.text.length > 0);
  const { corpus, pos, first } = await corpusOf(dir, records, pace, previous?.corpus);
  const { postings, df } = await postingsOf(records, first, pace);
  await pace();
  const mini = await FrozenMiniSearch.of(postings, pace);
  await pace();
  const lex = await lexiconOf(records, pace);
  return { corpus, mini, df, pos, lex };
}
