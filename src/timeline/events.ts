import type { PartialDate } from '../corpus/dates.js';
import { formatDate } from '../corpus/dates.js';
import type { Article } from '../corpus/types.js';
import { eventText } from './event.js';
import type { Mention } from './mention.js';
import type { DatedEvent } from './merge.js';
import { resolveReference } from './resolve.js';
import { keyTerms } from './terms.js';

/** The event text of a mention: the clause around its date. */
export const mentionText = (m: Mention): string => eventText(m.sentence.clean, m.ref.start, m.ref.end);

/** An article's mentions that resolve against its anchor, as dated events (the rest are left out). */
export function datedEvents(article: Article, mentions: Mention[], anchor?: PartialDate): DatedEvent[] {
  return mentions.flatMap((m) => {
    const date = resolveReference(m.ref, anchor, m.direction);
    if (!date) return [];
    const text = mentionText(m);
    return [{ date: formatDate(date), text, terms: keyTerms(text), sentence: m.sentence, article }];
  });
}
