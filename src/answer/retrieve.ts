import type { Sentence } from '../corpus/types.js';
import { synonymsOf } from '../nlp/synonyms.js';
import { searchSentences, type WeightedKey } from '../search/query.js';
import type { SentenceIndex } from '../search/store.js';
import type { AnalyzedQuestion } from './question.js';

const HITS = 40;

/**
 * Candidate evidence for a question: the best-matching sentences and the sentence after each
 * (a scene set in one sentence is often answered in the next: "a summit…" / "Host cities include…").
 */
export function retrieve(index: SentenceIndex, q: AnalyzedQuestion): Sentence[] {
  const keys: WeightedKey[] = [];
  for (const t of q.terms) {
    keys.push({ key: t.key, weight: t.proper ? 2 : t.required ? 1.5 : 1 });
    for (const s of synonymsOf(t.key)) keys.push({ key: s, weight: 0.5 });
  }
  const ids = new Set<number>();
  for (const id of searchSentences(index, keys, HITS)) {
    ids.add(id);
    const next = index.corpus.sentences[id + 1];
    if (next && next.articleId === index.corpus.sentences[id]?.articleId) ids.add(id + 1);
  }
  return [...ids]
    .sort((a, b) => a - b)
    .map((id) => index.corpus.sentences[id])
    .filter((s): s is Sentence => s !== undefined && s.kind !== 'question');
}
