import { nounClassOf } from '../../nlp/nounClass.js';
import { NAME_CODES, POS, VERB_CODES } from '../../nlp/posCodes.js';
import { STOP_WORDS } from '../../nlp/stopwords.js';
import type { SentenceView } from '../view.js';
import { hashString, wordId } from './vector.js';

/** Per-token feature values of a sentence that no question changes: computed once per sentence. */
export interface TokenInfo {
  /** Hash of each word's shape ("Xx", "d.d"). */
  shape: Int32Array;
  /** A token as context: a function word as itself, any other word by its code. */
  context: Int32Array;
  /** Hash of the word when written in lower case (general vocabulary), else 0. */
  lower: Int32Array;
  /** Punctuation after each token ("," "(" …), "" for a space. */
  gap: string[];
  /** Per token: 1 when a comma, 2 when a dash follows it (bit flags). */
  breaks: Uint8Array;
  /** Hash of each folded word; 0 for the articles a, an, the (answers compare without them). */
  word: Int32Array;
  /** Per token: what kind of word it is, as bits (see KIND). */
  kind: Uint16Array;
  /** Per token: WordNet's class of a lower-case noun (person, location, time…), else 0. */
  nounClass: Uint8Array;
}

/** Bits of TokenInfo.kind. */
export const KIND = { preposition: 1, verb: 2, conjunction: 4, determiner: 8, name: 16, common: 32 } as const;

const FUNCTION = KIND.verb | KIND.preposition | KIND.conjunction | KIND.determiner;

function kindOf(code: string): number {
  if (code === POS.preposition) return KIND.preposition;
  if (VERB_CODES.has(code) || code === POS.aux) return KIND.verb;
  if (code === POS.conjunction) return KIND.conjunction;
  if (code === POS.determiner) return KIND.determiner;
  if (NAME_CODES.has(code)) return KIND.name;
  return code === POS.noun || code === POS.plural ? KIND.common : 0;
}

/** A word's shape: capitals X, lower case x, digits d, runs collapsed ("Warsaw" Xx, "1.7" d.d). */
export function shape(word: string): string {
  let out = '';
  for (let i = 0; i < word.length && out.length < 5; i++) {
    const ch = word[i] ?? '';
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const s = lower !== upper ? (ch === upper ? 'X' : 'x') : ch >= '0' && ch <= '9' ? 'd' : ch;
    if (s !== out[out.length - 1]) out += s;
  }
  return out;
}

const cache = new WeakMap<SentenceView, TokenInfo>();
export const START = wordId('<s>');
export const END = wordId('</s>');

export function tokenInfo(v: SentenceView): TokenInfo {
  const hit = cache.get(v);
  if (hit) return hit;
  const n = v.tokens.length;
  const info: TokenInfo = {
    shape: new Int32Array(n),
    context: new Int32Array(n),
    lower: new Int32Array(n),
    gap: [],
    breaks: new Uint8Array(n),
    word: new Int32Array(n),
    kind: new Uint16Array(n),
    nounClass: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const text = v.tokens[i]?.text ?? '';
    const w = v.words[i] ?? '';
    info.shape[i] = wordId(shape(text));
    info.context[i] = STOP_WORDS.has(w) ? wordId(w) : wordId(`code:${v.codes[i] ?? ''}`);
    info.lower[i] = /^\p{Ll}/u.test(text) ? wordId(w) : 0;
    info.kind[i] = kindOf(v.codes[i] ?? '');
    if (info.lower[i] !== 0 && ((info.kind[i] ?? 0) & FUNCTION) === 0) info.nounClass[i] = nounClassOf(w);
    info.word[i] = w === 'a' || w === 'an' || w === 'the' ? 0 : hashString(w);
    const a = v.tokens[i];
    const b = v.tokens[i + 1];
    info.gap.push(
      a
        ? v.sentence.clean
            .slice(a.end, b ? b.start : undefined)
            .replace(/\s+/g, '')
            .slice(0, 2)
        : '',
    );
  }
  info.gap.forEach((g, i) => {
    info.breaks[i] = (g.includes(',') ? 1 : 0) | (/[-–—]/.test(g) ? 2 : 0);
  });
  cache.set(v, info);
  return info;
}
