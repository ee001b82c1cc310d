import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config.js';
import { STOP_WORDS } from './stopwords.js';

/**
 * Lexical relations of an index key (`termKey`), from WordNet 3.1. Each set holds other index keys.
 * - synonyms: words sharing a synset with it, in its common senses only ("larg" → "big").
 * - related: derivations ("invad" → "invas"), "similar to" adjectives ("huge" → "larg"), pertainyms,
 *   one level of hypernym/hyponym between first senses ("citi" → "municip"), and -er/-est forms.
 * - antonyms: direct ones and, for adjectives, those of the head they are similar to ("huge" → "small");
 *   graded forms oppose graded forms ("largest" → "smallest").
 */
export interface Relations {
  synonyms: ReadonlySet<string>;
  related: ReadonlySet<string>;
  antonyms: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();
const EMPTY: Relations = Object.freeze({ synonyms: NONE, related: NONE, antonyms: NONE });

// The data is text beside this source file, built by wordnetBuild.ts. It is found from the project root
// because tsc does not copy it into dist/, and it is not a JSON import because that would load 2 MB at
// import time, when most CLI runs never answer a question.
export const WORDNET_FILE = join(projectRoot(), 'src', 'nlp', 'wordnet.txt');

interface Data {
  text: string;
  /** Where the first key's line starts, after the licence. */
  start: number;
}

let data: Data | undefined;
const parsed = new Map<string, Relations>();

/** The file as one string: lines are sorted by key, so a lookup is a binary search and loading is one read. */
function load(): Data {
  let text = '';
  try {
    text = readFileSync(WORDNET_FILE, 'utf8');
  } catch (e) {
    process.emitWarning(`WordNet relations unavailable (${(e as Error).message}): answering without them`);
  }
  let start = 0;
  while (text.startsWith('#', start)) start = text.indexOf('\n', start) + 1 || text.length;
  return { text, start };
}

/** The line of `key`, by bisecting the text between line starts. */
function lineOf({ text, start }: Data, key: string): string | undefined {
  let lo = start;
  let hi = text.length;
  while (lo < hi) {
    const at = text.lastIndexOf('\n', ((lo + hi) >>> 1) - 1) + 1;
    const from = at < lo ? lo : at;
    const end = text.indexOf('\n', from);
    const to = end < 0 ? text.length : end;
    const tab = text.indexOf('\t', from);
    const k = text.slice(from, tab < 0 || tab > to ? to : tab);
    if (k === key) return text.slice(from, to);
    if (k < key) lo = to + 1;
    else hi = from;
  }
  return undefined;
}

const setOf = (field: string | undefined): ReadonlySet<string> => (field ? new Set(field.split(' ')) : NONE);

/** Relations of an index key; empty sets for unknown keys. Never throws. */
export function relationsOf(key: string): Relations {
  if (key.length < 3 || STOP_WORDS.has(key)) return EMPTY;
  let rel = parsed.get(key);
  if (rel) return rel;
  data ??= load();
  const line = lineOf(data, key);
  if (line === undefined) return EMPTY;
  const [, syn, related, ant] = line.split('\t');
  rel = Object.freeze({ synonyms: setOf(syn), related: setOf(related), antonyms: setOf(ant) });
  parsed.set(key, rel);
  return rel;
}
