import { lemma } from '../nlp/lemma.js';
import { LIGHT_VERBS } from '../nlp/stopwords.js';
import { type Actor, actorOf, meets, namesOf, sameActor } from './actor.js';
import { clauseOf } from './clause.js';
import { conceptSimilarity } from './concepts.js';
import type { DatedEvent } from './merge.js';
import { keyTerms } from './terms.js';

/**
 * How alike two reports with the same deed ("landed" ~ "touched down") and a shared name are at
 * least: two ways of telling one event can share few other words.
 */
export const SAME_DEED = 0.3;

interface Profile {
  actor: Actor;
  /** Terms of the main verb; empty for light verbs ("became", "had"), which tell no deed. */
  deed: string[];
  names: string[];
}

function profileOf(e: DatedEvent): Profile {
  const clause = clauseOf(e.text);
  const light = LIGHT_VERBS.has(lemma(clause.verb.split(' ')[0] ?? ''));
  return { actor: actorOf(e.text, clause), deed: light ? [] : keyTerms(clause.verb), names: namesOf(e.text) };
}

/** Pairwise similarity of the reports of one date: words and synonyms, nothing when their actors differ. */
export function pairSimilarity(day: DatedEvent[], weight: (term: string) => number): number[][] {
  const profiles = day.map(profileOf);
  return day.map((a, i) =>
    day.map((b, j) => {
      if (a.sentence.id === b.sentence.id) return 1;
      const [p, q] = [profiles[i] as Profile, profiles[j] as Profile];
      if (!sameActor(p.actor, q.actor)) return 0;
      const s = conceptSimilarity(a.terms, b.terms, weight);
      const sameDeed = meets(p.deed, q.deed) && p.names.some((n) => q.names.includes(n));
      return sameDeed ? Math.max(s, SAME_DEED) : s;
    }),
  );
}
