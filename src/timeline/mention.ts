import type { Article, Sentence } from '../corpus/types.js';
import { DATELINE } from './event.js';
import { type DateRef, findReferences } from './references.js';
import { type Direction, directionAt } from './tense.js';

/** A date expression in a sentence, with the direction its clause's tense gives it. */
export interface Mention {
  sentence: Sentence;
  /** Offsets are in `sentence.clean`. */
  ref: DateRef;
  direction: Direction;
  /** In a dateline ("SUEZ, Egypt (March 29, 2021) –"): dates the article, not an event. */
  dateline: boolean;
}

/** Every date mention in an article's body sentences (headings and questions state no events). */
export function articleMentions(article: Article): Mention[] {
  return article.sentences
    .filter((s) => s.kind === 'body')
    .flatMap((sentence) =>
      findReferences(sentence.clean).map((ref) => ({
        sentence,
        ref,
        direction: directionAt(sentence.clean, ref.start, ref.end),
        dateline: ref.end <= (DATELINE.exec(sentence.clean)?.[0].length ?? 0),
      })),
    );
}
