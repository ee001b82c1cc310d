import type { Citation } from '../answer/types.js';
import type { Article, Sentence } from '../corpus/types.js';
import { pairSimilarity } from './pair.js';
import type { TimelineEntry } from './types.js';

/** One resolved date mention: the raw material of entries. */
export interface DatedEvent {
  date: string;
  text: string;
  /** Key terms of the event text. */
  terms: string[];
  sentence: Sentence;
  article: Article;
  /** The sentence states no other date: its words are about this event only. */
  alone: boolean;
}

/** How alike two reports must be, on average, to count as one event (tuned on the default corpus). */
export const MERGE_THRESHOLD = 0.15;

/** Average-link clustering of the reports of one date: a generic report cannot chain two events. */
function clusterDay(day: DatedEvent[], weight: (term: string) => number, threshold: number): DatedEvent[][] {
  // sum[a][b]: total similarity between the members of clusters a and b, updated as clusters merge.
  const sum = pairSimilarity(day, weight);
  const members = day.map((_, i) => [i]);
  const alive = new Set(members.keys());
  while (true) {
    let best = { i: -1, j: -1, s: threshold };
    for (const i of alive)
      for (const j of alive) {
        if (j <= i) continue;
        const s = (sum[i]?.[j] ?? 0) / ((members[i]?.length ?? 1) * (members[j]?.length ?? 1));
        if (s >= best.s) best = { i, j, s };
      }
    if (best.i < 0) break;
    const { i, j } = best;
    members[i]?.push(...(members[j] ?? []));
    alive.delete(j);
    for (const k of alive) {
      const add = sum[j]?.[k] ?? 0;
      (sum[i] as number[])[k] = (sum[i]?.[k] ?? 0) + add;
      (sum[k] as number[])[i] = (sum[k]?.[i] ?? 0) + add;
    }
  }
  return [...alive].map((i) => (members[i] ?? []).map((k) => day[k] as DatedEvent));
}

/** Groups reports of the same event: same date and similar wording (weighted shared terms). */
export function mergeEvents(
  events: DatedEvent[],
  weight: (term: string) => number,
  threshold = MERGE_THRESHOLD,
): DatedEvent[][] {
  const byDate = new Map<string, DatedEvent[]>();
  for (const e of events) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  return [...byDate.values()].flatMap((day) => clusterDay(day, weight, threshold));
}

const cite = (e: DatedEvent, n: number): Citation => ({
  n,
  articleId: e.article.id,
  title: e.article.title,
  sentence: e.sentence.text,
  ...(e.article.publisher ? { publisher: e.article.publisher } : {}),
  ...(e.article.published ? { published: e.article.published } : {}),
});

/**
 * An entry told in the words of the report nearest its article's lead (news states the main fact
 * first; later mentions are background, FAQs or tables), preferring sentences about this date
 * alone; it cites every distinct sentence once.
 */
export function toEntry(cluster: DatedEvent[]): TimelineEntry {
  const rank = (e: DatedEvent) => (e.alone ? 0 : 1000) + e.sentence.index;
  const rep = cluster.reduce((a, b) => (rank(b) < rank(a) ? b : a));
  const seen = new Set<number>();
  const cited = [...cluster]
    .sort((a, b) => a.sentence.id - b.sentence.id)
    .filter((e) => !seen.has(e.sentence.id) && seen.add(e.sentence.id));
  return { date: rep.date, text: rep.text, citations: cited.map((e, i) => cite(e, i + 1)) };
}
