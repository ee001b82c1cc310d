import type { PartialDate } from '../corpus/dates.js';
import { formatDate } from '../corpus/dates.js';
import type { Article } from '../corpus/types.js';
import { parseIsoDate } from './anchor.js';
import { eventText } from './event.js';
import type { Mention } from './mention.js';
import type { DatedEvent } from './merge.js';
import { relativeEvent } from './relative.js';
import { resolveReference } from './resolve.js';
import { keyTerms } from './terms.js';

/** The event text of a mention: the clause around its date, clear of the sentence's other dates. */
export const mentionText = (m: Mention, others: Mention[] = []): string =>
  eventText(
    m.sentence.clean,
    m.ref.start,
    m.ref.end,
    others.map((o) => o.ref),
  );

/** "When did the mine collapse? On August 5, 2010.": a bare answer needs its question to say what happened. */
function withQuestion(text: string, m: Mention, article: Article): string {
  const prev = article.sentences[m.sentence.index - 1];
  if (text.length > 60 || prev?.kind !== 'question' || prev.paragraph !== m.sentence.paragraph) return text;
  return `${prev.clean.replace(/^[•*\s-]+/, '')} ${text}`;
}

/** An article's mentions that resolve against its anchor, as dated events (the rest are left out). */
export function datedEvents(article: Article, mentions: Mention[], anchor?: PartialDate): DatedEvent[] {
  const resolved = mentions.flatMap((m) => {
    const date = m.dateline ? undefined : resolveReference(m.ref, anchor, m.direction);
    return date ? [{ m, date: formatDate(date) }] : [];
  });
  const dateOf = new Map(resolved.map((r) => [r.m, r.date]));
  return resolved.flatMap(({ m, date }) => {
    // "on Thursday afternoon, August 5" names one day twice: only other days are other events.
    const others = mentions.filter((o) => o !== m && o.sentence === m.sentence && dateOf.get(o) !== date);
    const text = withQuestion(mentionText(m, others), m, article);
    const alone = resolved.every((o) => o.m.sentence !== m.sentence || o.date === date);
    const event = { date, text, terms: keyTerms(text), sentence: m.sentence, article, alone };
    const rel = relativeEvent(m.sentence.clean, m.ref.end, parseIsoDate(date) ?? { year: 0 });
    if (!rel) return [event];
    const relText = rel.text;
    return [
      event,
      { ...event, date: formatDate(rel.date), text: relText, terms: keyTerms(relText), alone: false },
    ];
  });
}
