import { lemma } from '../nlp/lemma.js';

/** The main clause of an event text, found without a tagger: who, and what they did. */
export interface Clause {
  /** Words of the acting subject; '' when none is stated (pronoun, question, passive without "by"). */
  subject: string;
  /** The main verb, with its particle ("touched down"); '' when none is found. */
  verb: string;
}

// "In a significant move, NATO held…", "Half a century ago today, on July 20, 1969, Neil Armstrong…":
// leading adverbial pieces go; the subject follows them.
const LEAD =
  /^(?:(?:in|on|at|after|before|if|when|while|as|although|though|despite|following|amid|during)\b[^,]*|[^,]*\b(?:ago|today|yesterday)|\d+),\s*/i;
// "How long did…", "It was…": no actor is named.
const NO_SUBJECT = /^(?:how|what|when|where|who|why|which|it|he|she|they|we|i|you|this|that|there)$/i;
const AUX =
  /^(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|did|does|do)$/;
const BE = /^(?:is|are|was|were|be|been|being|got)$/;
// A preposition or relative word ends the subject's head phrase ("chiefs on Wednesday discussed").
const BREAK = /^(?:on|in|at|to|during|after|before|who|which|that|with|for|as)$/;
const PARTICLE = /^(?:down|up|off|out|over)$/;
// Plural nouns that look irregular to the lemma table but are no verbs.
const NOUNS = /^(?:children|people|men|women|lives)$/;

const isAdverb = (w: string) => /\wly$/.test(w);
const isPastForm = (w: string) => (/ed$/.test(w) && w.length > 3) || (lemma(w) !== w && !NOUNS.test(w));
/** A lowercase word that ends the subject: a finite or past verb, an auxiliary or an adverb. */
const isVerbal = (w: string) => w === w.toLowerCase() && (AUX.test(w) || isPastForm(w) || isAdverb(w));

/** Subject and verb of the text's first clause; a passive's subject suffered the act, so only "by …" acts. */
export function clauseOf(text: string): Clause {
  let rest = text;
  while (LEAD.test(rest)) rest = rest.replace(LEAD, '');
  const words = (rest.match(/[\p{L}\p{N}][\p{L}\p{N}.'’,-]*/gu) ?? []).map((w) => w.replace(/[.,]+$/, ''));
  if (NO_SUBJECT.test(words[0] ?? '')) return { subject: '', verb: '' };
  const end = words.findIndex((w, i) => i > 0 && (isVerbal(w) || BREAK.test(w)));
  if (end < 0) return { subject: '', verb: '' };
  // "chiefs on Wednesday discussed": the verb may follow the subject's end.
  const at = words.findIndex((w, i) => i >= end && isVerbal(w) && !isAdverb(w));
  const after = words.slice(at + 1).filter((w) => !isAdverb(w));
  const aux = AUX.test(words[at] ?? '') && /^\p{Ll}/u.test(after[0] ?? '');
  const main = aux ? (after.shift() ?? '') : (words[at] ?? '');
  const verb = PARTICLE.test(after[0] ?? '') ? `${main} ${after[0]}` : main;
  if (BE.test(words[at] ?? '') && isPastForm(main)) {
    const by = after.indexOf('by');
    return { subject: by < 0 ? '' : after.slice(by + 1, by + 5).join(' '), verb };
  }
  return { subject: words.slice(0, end).join(' '), verb: at < 0 ? '' : verb };
}
