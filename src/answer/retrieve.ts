import { synonymsOf } from '../nlp/synonyms.js';
import { relationsOf } from '../nlp/wordnet.js';
import { searchSentences, type WeightedKey } from '../search/query.js';
import type { SentenceIndex } from '../search/store.js';
import type { Question } from './question.js';
import { type SentenceView, viewOf } from './view.js';

/** A sentence found for a question, with how it was found. */
export interface Retrieved {
  view: SentenceView;
  /** BM25 score of the sentence for the question's keys. */
  bm25: number;
  /** 0-based rank by BM25. */
  rank: number;
  /** 'question' or 'heading' when it was found through the FAQ question or heading before it, which it answers. */
  answers: 'question' | 'heading' | undefined;
}

/** How many sentences the index is asked for. */
const HITS = 30;

/** The question's keys as a query: names weigh more, synonyms less. */
function queryKeys(q: Question): WeightedKey[] {
  const keys: WeightedKey[] = [];
  for (const t of q.terms) {
    keys.push({ key: t.key, weight: t.name ? 1.5 : t.head ? 0.7 : 1 });
    for (const s of synonymsOf(t.key)) keys.push({ key: s, weight: 0.4 });
    for (const s of relationsOf(t.key).synonyms) keys.push({ key: s, weight: 0.4 });
  }
  return keys;
}

/**
 * The sentences that best match the question, best first. A matching FAQ question or heading
 * is no evidence itself: the sentence after it, which answers it, takes its place.
 */
export function retrieve(index: SentenceIndex, q: Question): Retrieved[] {
  const out: Retrieved[] = [];
  const seen = new Set<number>();
  const { sentences } = index.corpus;
  for (const hit of searchSentences(index, queryKeys(q), HITS)) {
    let s = sentences[hit.id];
    let answers: Retrieved['answers'];
    if (s && (s.kind === 'question' || s.kind === 'heading')) {
      answers = s.kind;
      const next = sentences[hit.id + 1];
      s = next && next.articleId === s.articleId && next.kind === 'body' ? next : undefined;
    }
    if (!s || seen.has(s.id)) continue;
    seen.add(s.id);
    out.push({ view: viewOf(index, s), bm25: hit.score, rank: out.length, answers });
  }
  return out;
}

/** The sentence before, when it sets the scene in the same paragraph (or asks the FAQ question this one answers). */
export function contextOf(index: SentenceIndex, r: Retrieved): SentenceView | undefined {
  const s = r.view.sentence;
  const prev = index.corpus.sentences[s.id - 1];
  if (!prev || prev.articleId !== s.articleId) return undefined;
  return prev.paragraph === s.paragraph || prev.kind === 'question' || prev.kind === 'heading'
    ? viewOf(index, prev)
    : undefined;
}
