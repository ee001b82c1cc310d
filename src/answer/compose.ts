import type { Article, Sentence } from '../corpus/types.js';
import type { SentenceIndex } from '../search/store.js';
import type { Citation } from './types.js';

/** Citations for sentences, numbered from 1 in the order given, one per sentence. */
// Built once per index: a map of 10k articles per answer would cost more than the answer.
const byId = new WeakMap<SentenceIndex, Map<string, Article>>();
const articleOf = (index: SentenceIndex, id: string): Article | undefined => {
  let m = byId.get(index);
  if (!m) {
    m = new Map(index.corpus.articles.map((a) => [a.id, a]));
    byId.set(index, m);
  }
  return m.get(id);
};

export function citationsFor(index: SentenceIndex, sentences: readonly Sentence[]): Citation[] {
  return sentences.map((s, i) => {
    const a = articleOf(index, s.articleId);
    return {
      n: i + 1,
      articleId: s.articleId,
      title: a?.title ?? s.articleId,
      sentence: s.text,
      ...(a?.publisher ? { publisher: a.publisher } : {}),
      ...(a?.published ? { published: a.published } : {}),
    };
  });
}

const marks = (cs: readonly Citation[]): string => cs.map((c) => `[${c.n}]`).join('');
const evidence = (cs: readonly Citation[]): string =>
  cs.map((c) => `[${c.n}] "${c.sentence}" (${c.title})`).join('\n');

/** The reply a user reads: the answer, how many sources agree, then the quoted evidence. */
export function answerText(answer: string, cs: readonly Citation[], agreeing: number, total: number): string {
  const support = `Reported by ${agreeing} of ${total} source${total === 1 ? '' : 's'}.`;
  return `${answer} ${marks(cs)}\n${support}\n\n${evidence(cs)}`;
}

/** The reply when the coverage does not answer: said plainly, with the closest sentence if any. */
export function abstainText(related: readonly Citation[]): string {
  const head = "The coverage doesn't say.";
  return related.length ? `${head} The closest related passage:\n\n${evidence(related)}` : head;
}
