import type { Corpus } from '../corpus/types.js';
import { articleAnchor } from './anchor.js';
import { conceptWeights } from './concepts.js';
import { coverageAnchor } from './coverage.js';
import { datedEvents } from './events.js';
import { articleMentions } from './mention.js';
import { type DatedEvent, mergeEvents, toEntry } from './merge.js';
import { termWeights } from './similarity.js';
import type { TimelineEntry } from './types.js';

export { filterTimeline, parseDateBound } from './filter.js';

/**
 * The dated, cited recap of a corpus, oldest first. Each article's relative dates are read against
 * its own date; articles without one borrow it from the coverage of a shared event, or give only
 * the dates they state in full.
 */
export function buildTimeline(corpus: Corpus): TimelineEntry[] {
  const weight = termWeights(corpus.sentences.map((s) => s.clean));
  const articles = corpus.articles.map((article) => {
    const mentions = articleMentions(article);
    return { article, mentions, anchor: articleAnchor(article.published, mentions) };
  });
  const events = articles.flatMap((a) => (a.anchor ? datedEvents(a.article, a.mentions, a.anchor) : []));
  const fullyDated = events.filter((e) => e.date.length === 10);
  for (const a of articles.filter((x) => !x.anchor))
    events.push(...datedEvents(a.article, a.mentions, coverageAnchor(a.mentions, fullyDated, weight)));
  const first = (c: DatedEvent[]) => Math.min(...c.map((e) => e.sentence.id));
  // Merging also counts synonyms ("landed" ~ "touched down"), so its weights do too.
  return mergeEvents(events, conceptWeights(corpus.sentences.map((s) => s.clean)))
    .sort((a, b) => (a[0]?.date ?? '').localeCompare(b[0]?.date ?? '') || first(a) - first(b))
    .map((cluster) => toEntry(cluster));
}
