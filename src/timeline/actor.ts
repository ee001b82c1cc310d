import { lemma } from '../nlp/lemma.js';
import { synonymous } from './concepts.js';
import { keyTerms } from './terms.js';

/** Who acts in an event text, and every party it names: reports of one event share their actor. */
export interface Actor {
  /** Terms of the stated subject ("Nato military chiefs"); empty when none is stated. */
  subject: string[];
  /** Terms of the whole text, less possessors ("Russia's war" is about a war, not by Russia). */
  parties: string[];
}

// "In a significant move, NATO held…", "If all goes as planned, the astronauts…": the subject follows.
const LEAD =
  /^(?:in|on|at|after|before|if|when|while|as|although|though|despite|following|amid|during)\b[^,]*,\s*/i;
// "How long did…", "It was…": no actor is named.
const NO_SUBJECT = /^(?:how|what|when|where|who|why|which|it|he|she|they|we|i|you|this|that|there)$/i;
const AUX =
  /^(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|did|does|do)$/;
const BE = /^(?:is|are|was|were|be|been|being|got)$/;
// A preposition or relative word ends the subject's head phrase ("chiefs on Wednesday discussed").
const BREAK = /^(?:on|in|at|to|during|after|before|who|which|that|with|for|as)$/;
// Plural nouns that look irregular to the lemma table but are no verbs.
const NOUNS = /^(?:children|people|men|women|lives)$/;

const isPastForm = (w: string) => (/ed$/.test(w) && w.length > 3) || (lemma(w) !== w && !NOUNS.test(w));
/** A lowercase word that ends the subject: a finite or past verb, an auxiliary or an adverb. */
const isVerbal = (w: string) => w === w.toLowerCase() && (AUX.test(w) || isPastForm(w) || /\wly$/.test(w));

/** The subject of the clause: words before its verb; a passive's subject suffered the act, so only "by …" counts. */
function subjectOf(text: string): string {
  const words = text.replace(LEAD, '').match(/[\p{L}\p{N}][\p{L}\p{N}.'’,-]*/gu) ?? [];
  const clean = words.map((w) => w.replace(/[.,]+$/, ''));
  if (NO_SUBJECT.test(clean[0] ?? '')) return '';
  const v = clean.findIndex((w, i) => i > 0 && (isVerbal(w) || BREAK.test(w)));
  if (v < 0) return '';
  // Skip "on Wednesday" and the like between subject and verb: the verb decides passive or not.
  const verb = clean.slice(v).find((w) => isVerbal(w)) ?? '';
  const after = clean.slice(clean.indexOf(verb, v) + 1).filter((w) => !/\wly$/.test(w));
  if (BE.test(verb) && isPastForm(after[0] ?? '')) {
    const by = after.indexOf('by');
    return by < 0 ? '' : after.slice(by + 1, by + 5).join(' ');
  }
  return clean.slice(0, v).join(' ');
}

export const actorOf = (text: string): Actor => ({
  subject: keyTerms(subjectOf(text)),
  parties: keyTerms(text.replace(/[\p{L}\p{N}.-]+['’]s?(?=\s)/gu, ' ')),
});

const meets = (terms: string[], others: string[]) =>
  terms.some((t) => others.some((o) => o === t || synonymous(t, o)));

/**
 * Can two reports be of one event? Not when each states an actor and neither names the other's:
 * "Russia said…" and "NATO chiefs discussed…" are two events however alike their words.
 */
export function sameActor(a: Actor, b: Actor): boolean {
  if (a.subject.length === 0 || b.subject.length === 0) return true;
  return meets(a.subject, b.subject) || meets(a.subject, b.parties) || meets(b.subject, a.parties);
}
