import { synonymsOf } from '../nlp/synonyms.js';
import { relationsOf } from '../nlp/wordnet.js';
import type { Question, QuestionTerm } from './question.js';
import type { Retrieved } from './retrieve.js';
import type { SentenceView } from './view.js';

/** Where a question's words are found in one sentence: what every answer feature reads. */
export interface SentenceMatch {
  r: Retrieved;
  v: SentenceView;
  /** Per token: the IDF of the question term it matches, times how well (0 when none). */
  weight: Float64Array;
  /** Prefix sums of `weight` (length tokens + 1), for window sums. */
  prefix: Float64Array;
  /** Per token: the index in `q.terms` of the term it matches, or -1. */
  termAt: Int16Array;
  /** Per question term: how well the sentence holds it (0..1). */
  found: Float64Array;
  /** Per question term: how well the sentence before, in the same paragraph, holds it. */
  before: Float64Array;
  /** Per question term: 1 when the sentence holds an antonym of it ("smallest" for "largest"). */
  opposed: Uint8Array;
  /** Share of the question's IDF mass the sentence holds (0..1). */
  coverage: number;
  /** Token of the question's first matched verb, -1 if none. */
  verbAt: number;
  /** Token of the matched head noun, -1 if none. */
  headAt: number;
  /** Tokens that match a question term, in order. */
  matched: number[];
  /** Token matching the question's first term after its wh-phrase, and its last term before the wh-word; -1 if none. */
  afterWhAt: number;
  beforeWhAt: number;
}

/** A sentence key's meaning for one question term: how well it stands for it, or that it opposes it. */
interface Sense {
  term: number;
  /** 1 the same key, 0.8 a synonym, 0.6 a related form ("invasion" for "invade"); 0 an antonym. */
  strength: number;
}

// The keys that may stand for each term of a question (news synonyms, WordNet's synonyms,
// related forms and antonyms), built once per question so a sentence costs one lookup a token.
const lexicons = new WeakMap<Question, Map<string, Sense[]>>();
function lexiconOf(q: Question): Map<string, Sense[]> {
  const hit = lexicons.get(q);
  if (hit) return hit;
  const lex = new Map<string, Sense[]>();
  const put = (key: string, term: number, strength: number): void => {
    const senses = lex.get(key) ?? [];
    const same = senses.find((x) => x.term === term);
    if (!same) senses.push({ term, strength });
    else if (strength > same.strength) same.strength = strength;
    lex.set(key, senses);
  };
  q.terms.forEach((t, j) => {
    const wn = relationsOf(t.key);
    for (const k of wn.antonyms) put(k, j, 0);
    for (const k of wn.related) put(k, j, 0.6);
    for (const k of [...synonymsOf(t.key), ...wn.synonyms]) put(k, j, 0.8);
    put(t.key, j, 1);
  });
  lexicons.set(q, lex);
  return lex;
}

/** A name spelled longer or shorter (Zelensky / Zelenskyy) stands for it at 0.9. */
const nameVariant = (term: QuestionTerm, key: string): boolean =>
  term.name &&
  term.key.length >= 5 &&
  key.length >= 5 &&
  (key.startsWith(term.key) || term.key.startsWith(key));

/** Best strength of each term anywhere in a sentence (hyphenated parts count: "Putin-Zelenskyy"), and antonyms seen. */
function holds(q: Question, v: SentenceView): { found: Float64Array; at: Int32Array; opposed: Uint8Array } {
  const found = new Float64Array(q.terms.length);
  const at = new Int32Array(q.terms.length).fill(-1);
  const opposed = new Uint8Array(q.terms.length);
  const lex = lexiconOf(q);
  const names = q.terms.some((t) => t.name);
  const take = (j: number, i: number, m: number): void => {
    if (m > (found[j] ?? 0)) {
      found[j] = m;
      at[j] = i;
    }
  };
  for (let i = 0; i < v.keys.length; i++) {
    const k = v.keys[i];
    if (!k) continue;
    for (const sense of lex.get(k) ?? []) {
      if (sense.strength === 0) opposed[sense.term] = 1;
      else take(sense.term, i, sense.strength);
    }
    if (names)
      q.terms.forEach((t, j) => {
        if (nameVariant(t, k) && k !== t.key) take(j, i, 0.9);
      });
    const text = v.tokens[i]?.text ?? '';
    if (text.includes('-')) {
      const parts = (v.words[i] ?? '').split('-');
      q.terms.forEach((t, j) => {
        if (parts.includes(t.word)) take(j, i, 0.9);
      });
    }
  }
  return { found, at, opposed };
}

/** Matches the question against one retrieved sentence (and the sentence before it). */
export function matchSentence(q: Question, r: Retrieved, prev: SentenceView | undefined): SentenceMatch {
  const v = r.view;
  const n = v.tokens.length;
  const weight = new Float64Array(n);
  const termAt = new Int16Array(n).fill(-1);
  const { found, at, opposed } = holds(q, v);
  let have = 0;
  let verbAt = -1;
  let headAt = -1;
  q.terms.forEach((term, j) => {
    const i = at[j] ?? -1;
    const m = found[j] ?? 0;
    if (i < 0 || m === 0 || (termAt[i] ?? -1) >= 0) return;
    termAt[i] = j;
    weight[i] = term.idf * m;
    have += term.idf * m;
    if (term.verb && verbAt < 0) verbAt = i;
    if (term.head && headAt < 0) headAt = i;
  });
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = (prefix[i] ?? 0) + (weight[i] ?? 0);
  const before = prev ? holds(q, prev).found : new Float64Array(q.terms.length);
  // An FAQ answer says what its question asked: the question's words count as the answer's own.
  if (r.answers === 'question' && prev) {
    have = 0;
    q.terms.forEach((t, j) => {
      found[j] = Math.max(found[j] ?? 0, before[j] ?? 0);
      have += t.idf * (found[j] ?? 0);
    });
  }
  const matched: number[] = [];
  for (let i = 0; i < n; i++) if ((termAt[i] ?? -1) >= 0) matched.push(i);
  const afterWh = q.whAt < 0 ? -1 : q.terms.findIndex((t) => t.at > q.whAt && !t.head);
  let beforeWh = -1;
  q.terms.forEach((t, j) => {
    if (q.whAt >= 0 && t.at < q.whAt) beforeWh = j;
  });
  const tokenOf = (j: number): number => (j < 0 ? -1 : (matched.find((i) => termAt[i] === j) ?? -1));
  return {
    r,
    v,
    weight,
    prefix,
    termAt,
    found,
    before,
    opposed,
    coverage: q.mass > 0 ? have / q.mass : 0,
    verbAt,
    headAt,
    matched,
    afterWhAt: tokenOf(afterWh),
    beforeWhAt: tokenOf(beforeWh),
  };
}

/** Matched IDF in tokens [a, b), clipped to the sentence. */
export function matchedIn(m: SentenceMatch, a: number, b: number): number {
  const n = m.v.tokens.length;
  const lo = Math.max(0, Math.min(n, a));
  const hi = Math.max(lo, Math.min(n, b));
  return (m.prefix[hi] ?? 0) - (m.prefix[lo] ?? 0);
}
