import type { Sentence } from '../corpus/types.js';
import { POS } from '../nlp/posCodes.js';
import { synonymsOf } from '../nlp/synonyms.js';
import { tokenize } from '../nlp/tokenize.js';
import type { SentenceIndex } from '../search/store.js';
import { termKey } from '../search/terms.js';
import type { AnalyzedQuestion, QuestionTerm } from './question.js';
import type { Prepared } from './spans.js';

/** A sentence weighed as evidence for a question. */
export interface Evidence {
  sentence: Sentence;
  /** The sentence's tokens, codes and index keys, prepared once. */
  p: Keyed;
  /** 0..1: the weighted share of the question's terms found in the sentence or just before it. */
  coverage: number;
  /** Tokens of the sentence that match question terms. */
  matched: number[];
  /** Token where the question's relation (verb or head noun) is found. */
  anchor?: number;
  verbAt?: number;
}

/** A sentence's tokens with their index keys, and the keys of hyphenated parts ("Putin-Zelenskyy" holds "putin"). */
export interface Keyed extends Prepared {
  keys: (string | null)[];
  parts: string[][];
}

// Tokenising and stemming a sentence is the costly part of weighing it: done once per sentence, on first use.
const prepared = new WeakMap<SentenceIndex, Keyed[]>();

export function prepare(index: SentenceIndex, s: Sentence): Keyed {
  let cache = prepared.get(index);
  if (!cache) {
    cache = [];
    prepared.set(index, cache);
  }
  const hit = cache[s.id];
  if (hit) return hit;
  const tokens = tokenize(s.clean);
  const keyed: Keyed = {
    clean: s.clean,
    tokens,
    codes: index.pos[s.id] ?? '',
    keys: tokens.map((t) => termKey(t.text)),
    parts: tokens.map((t) =>
      t.text.includes('-')
        ? t.text
            .split('-')
            .map(termKey)
            .filter((k): k is string => k !== null)
        : [],
    ),
  };
  cache[s.id] = keyed;
  return keyed;
}

/**
 * How well `keys` hold a term: 1 exact, 0.9 a name spelled longer or shorter (Zelensky/Zelenskyy),
 * 0.8 a synonym. A token already taken by another question term is not reused.
 */
function matchAt(
  term: QuestionTerm,
  keys: readonly (string | null)[],
  taken: ReadonlySet<number> = new Set(),
): { at: number; m: number } | undefined {
  const syn = synonymsOf(term.key);
  let best: { at: number; m: number } | undefined;
  keys.forEach((k, at) => {
    if (k === null || taken.has(at)) return;
    const m =
      k === term.key
        ? 1
        : term.proper &&
            term.key.length >= 5 &&
            k.length >= 5 &&
            (k.startsWith(term.key) || term.key.startsWith(k))
          ? 0.9
          : syn.has(k)
            ? 0.8
            : // An agent noun names its verb: "dredged" ~ "dredgers", "rescued" ~ "rescuers".
              term.role === 'verb' && (k === `${term.key}er` || k === `${term.key}r` || k === `${term.key}or`)
              ? 0.75
              : 0;
    if (m > (best?.m ?? 0)) best = { at, m };
  });
  return best;
}

/** The sentence before, when it sets the scene in the same paragraph or asks the FAQ question it answers. */
function contextOf(index: SentenceIndex, s: Sentence): Sentence | undefined {
  const prev = index.corpus.sentences[s.id - 1];
  if (!prev || prev.articleId !== s.articleId) return undefined;
  return prev.paragraph === s.paragraph || prev.kind === 'question' || prev.kind === 'heading'
    ? prev
    : undefined;
}

/**
 * Weighs one sentence: every required term (names, numbers, the relation) must be in it or
 * in its context, else it is no evidence at all. Word overlap alone is not enough.

 */
export function weighEvidence(index: SentenceIndex, q: AnalyzedQuestion, s: Sentence): Evidence | undefined {
  const p = prepare(index, s);
  const { keys, parts } = p;
  const ctx = contextOf(index, s);
  const ctxKeys = ctx ? prepare(index, ctx).keys : [];
  const n = index.corpus.sentences.length;
  let have = 0;
  let total = 0;
  const matched: number[] = [];
  let anchor: number | undefined;
  let verbAt: number | undefined;
  // Exact matches first, so a synonym cannot take a token that another term names exactly.
  const taken = new Set<number>();
  for (const term of q.terms) {
    const exact = keys.indexOf(term.key);
    if (exact >= 0) taken.add(exact);
  }
  for (const term of q.terms) {
    const w =
      Math.log(1 + n / Math.max(1, index.df.get(term.key) ?? 0.5)) * (term.required ? 3 : term.weight);
    total += w;
    const exact = keys.indexOf(term.key);
    const part = exact >= 0 ? -1 : parts.findIndex((ks) => ks.includes(term.key));
    const here =
      exact >= 0 ? { at: exact, m: 1 } : part >= 0 ? { at: part, m: 0.9 } : matchAt(term, keys, taken);
    if (here) taken.add(here.at);
    const before = here ? undefined : matchAt(term, ctxKeys);
    if (!here && !before) {
      if (term.required) return undefined;
      continue;
    }

    if (here) {
      // A verb asked about but found only as a noun ("the chair of") is weaker evidence of the relation.
      const nounForVerb =
        term.role === 'verb' && p.codes[here.at] !== POS.verb && p.codes[here.at] !== POS.aux;
      have += w * here.m * (nounForVerb ? 0.75 : 1);
      matched.push(here.at);
      // The relation is the first verb found (the required one comes first); else the head noun.
      if (term.role === 'verb' && verbAt === undefined) {
        verbAt = here.at;
        anchor = here.at;
      } else if (term.role === 'head' && anchor === undefined) anchor = here.at;
    } else if (before) have += w * before.m * 0.7;
  }
  return { sentence: s, p, coverage: total > 0 ? have / total : 0, matched, anchor, verbAt };
}
