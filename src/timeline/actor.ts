import { type Clause, clauseOf } from './clause.js';
import { synonymous } from './concepts.js';
import { keyTerms } from './terms.js';

/** Who acts in an event text, and every party it names: reports of one event share their actor. */
export interface Actor {
  /** Terms of the stated subject ("Nato military chiefs"); empty when none is stated. */
  subject: string[];
  /** The subject holds a name ("Russia", "Nato chiefs"), not only a description ("two American astronauts"). */
  named: boolean;
  /** Terms of the whole text, less possessors ("Russia's war" is about a war, not by Russia). */
  parties: string[];
}

// "American", "Russian", "Chinese": a nationality describes an actor, it does not name one.
const DEMONYM = /(?:ian|ean|can|ese|ish)$/;
const isName = (w: string) => /^\p{Lu}/u.test(w) && !DEMONYM.test(w) && keyTerms(w).length > 0;

export function actorOf(text: string, clause: Clause = clauseOf(text)): Actor {
  return {
    subject: keyTerms(clause.subject),
    named: clause.subject.split(/\s+/).some(isName),
    parties: keyTerms(text.replace(/[\p{L}\p{N}.-]+['’]s?(?=\s)/gu, ' ')),
  };
}

/** The names (capitalised words) of a text: "Armstrong" in two reports is the same man. */
export const namesOf = (text: string): string[] =>
  keyTerms((text.match(/\p{Lu}[\p{L}\p{N}-]*/gu) ?? []).filter(isName).join(' '));

/** Does any term of one list equal or mean one of the other? */
export const meets = (terms: string[], others: string[]): boolean =>
  terms.some((t) => others.some((o) => o === t || synonymous(t, o)));

/**
 * Can two reports be of one event? Not when each names its actor and neither names the other's:
 * "Russia said…" and "NATO chiefs discussed…" are two events however alike their words.
 */
export function sameActor(a: Actor, b: Actor): boolean {
  if (!a.named || !b.named) return true;
  return meets(a.subject, b.subject) || meets(a.subject, b.parties) || meets(b.subject, a.parties);
}
