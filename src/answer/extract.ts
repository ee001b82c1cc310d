import { stem } from '../nlp/lemma.js';
import { POS } from '../nlp/posCodes.js';
import { synonymsOf } from '../nlp/synonyms.js';

import { fold } from '../nlp/tokenize.js';
import { isPassive, objectAfter, reasonIn, shorten, subjectOf } from './clause.js';

import type { Evidence } from './evidence.js';
import { type AnalyzedQuestion, GENERIC_KEYS, isPersonNoun } from './question.js';
import {
  agentAfter,
  capitalRuns,
  dates,
  durations,
  frequencies,
  hasUnit,
  namesBy,
  numbers,
  orgs,
  persons,
  placePhrase,
  places,
  quotes,
  type Span,
  spanText,
  times,
} from './spans.js';

/** A span that may answer the question, with how well it fits. */
export interface Candidate {
  text: string;
  span: Span;
  /** 0..1: fit of the span's kind to the question (a person for "who" fits fully). */
  fit: number;
  evidence: Evidence;
  /** Persons merge on surname: "Cavo Dragone" and "Giuseppe Cavo Dragone" are one answer. */
  person: boolean;
}

type Typed = [Span, number, boolean];

const SPEECH = new Set(
  'say write warn tell post state announce declare add claim stress note tweet radio quote read reveal'
    .split(' ')
    .map(stem),
);
/** "How many people…" counts whoever the number is next to; "how many days" counts days. */
const PEOPLE_KEYS = new Set(['person', 'people', 'man', 'men', 'woman', 'women', 'individual'].map(stem));

/** "Which countries outside Europe": Europe, European and the like are not answers. */
function excludedBy(e: Evidence, s: Span, excluded: readonly string[]): boolean {
  for (let i = s.from; i < s.to; i++) {
    const k = e.p.keys[i] ?? '';
    if (excluded.some((x) => k.startsWith(x.slice(0, 5)) && x.length >= 4)) return true;
  }
  return false;
}

/** A span made only of the question's own words does not answer it. */
function echoesQuestion(e: Evidence, s: Span, qKeys: ReadonlySet<string>): boolean {
  for (let i = s.from; i < s.to; i++) {
    const k = e.p.keys[i] ?? null;
    if (k !== null && qKeys.has(k)) return true;
  }
  return false;
}

/** "how many children": a number right before the counted noun (or its synonym) is the count asked for. */
function countsHead(q: AnalyzedQuestion, e: Evidence, s: Span): boolean {
  if (!q.headKey || PEOPLE_KEYS.has(q.headKey)) return true;
  const want = new Set([q.headKey, ...synonymsOf(q.headKey)]);
  // "How many spectators…" ← "one million people": a count of people counts people of any role.
  if (q.headWord && isPersonNoun(q.headWord)) for (const k of PEOPLE_KEYS) want.add(k);
  // The counted noun ends the number's noun phrase: "32 defense chiefs from NATO member countries".
  for (let i = s.to; i < Math.min(s.to + 6, e.p.tokens.length); i++) {
    const k = e.p.keys[i] ?? null;
    if (k !== null && want.has(k)) return true;
    const between = e.p.clean.slice(e.p.tokens[i]?.end ?? 0, e.p.tokens[i + 1]?.start ?? 0);
    if (/[,;:.()]/.test(between) || e.p.codes[i] === POS.verb || e.p.codes[i] === POS.aux) return false;
  }
  return false;
}

/**
 * "Who told Reuters…?" ← "a Western official told Reuters"; "With whom will it lie?" ← "will lie with
 * political leaders": the verb's subject or object when it names a person by role, not by name.
 */
function rolePhrases(q: AnalyzedQuestion, e: Evidence): Span[] {
  if (e.verbAt === undefined) return [];
  const span = q.asksObject ? objectAfter(e.p, e.verbAt, new Set()) : subjectOf(e.p, e.verbAt);
  if (!span || span.to - span.from > 5) return [];
  const last = e.p.tokens[span.to - 1]?.text.toLowerCase() ?? '';
  return isPersonNoun(last) ? [span] : [];
}

/**
 * Names by the question's head noun ("Which rocket …" → "Saturn V" in "a Saturn V rocket"). For
 * "What was X called", every content noun of the question can be the head.
 */
function headNames(q: AnalyzedQuestion, e: Evidence, anyNoun = false): Span[] {
  const keys = new Set<string>();
  if (q.headKey && !GENERIC_KEYS.has(q.headKey)) keys.add(q.headKey);
  if (anyNoun || keys.size === 0)
    for (const t of q.terms) if (!t.proper && t.role !== 'verb') keys.add(t.key);
  for (const k of [...keys]) for (const s of synonymsOf(k)) keys.add(s);
  return namesBy(e.p, (i) => keys.has(e.p.keys[i] ?? ''));
}

function typed(q: AnalyzedQuestion, e: Evidence): Typed[] {
  const p = e.p;
  const withFit = (spans: Span[], fit: number, person = false): Typed[] => spans.map((s) => [s, fit, person]);
  switch (q.expect) {
    case 'person': {
      const agent = e.verbAt !== undefined ? agentAfter(p, e.verbAt) : undefined;
      return [
        ...withFit(persons(p), 1, true),
        // "owned by the Japanese firm Shoei Kisen Kaisha": an agent ending in a name fits "who".
        ...withFit(
          agent ? [agent] : [],
          agent && /^\p{Lu}/u.test(p.tokens[agent.to - 1]?.text ?? '') ? 0.9 : 0.5,
        ),
        ...withFit(rolePhrases(q, e), 0.6),

        ...withFit(orgs(p), 0.45),
        ...withFit(places(p), 0.35),
      ];
    }
    case 'place':
      return [
        ...withFit(
          places(p).map((s) => placePhrase(p, s, e.anchor)),
          1,
        ),
        ...withFit(q.headKey ? headNames(q, e) : [], 0.9),
        ...orgs(p).map((s): Typed => {
          const phrase = placePhrase(p, s, e.anchor);
          return [phrase, phrase === s ? 0.4 : 0.9, false];
        }),
      ];
    case 'org':
      return [...withFit(orgs(p), 1), ...withFit(places(p), 0.5), ...withFit(persons(p), 0.3, true)];
    case 'name':
      return [
        ...withFit(headNames(q, e, true), 1),
        ...withFit(orgs(p), 0.5),
        ...withFit(persons(p), 0.5, true),
        ...withFit(places(p), 0.5),
        ...withFit(capitalRuns(p), 0.5),
      ];
    case 'date':
      // A bare weekday means a different day in every article: a stated date is the better answer.
      return [
        ...dates(p).map((s): Typed => [s, /\d/.test(spanText(p, s)) ? 1 : 0.6, false]),
        ...withFit(times(p), q.headKey === 'time' ? 1 : 0.5),
      ];
    case 'number':
      if (q.frequency) return withFit(frequencies(p), 1);
      return numbers(p).map((s) => [s, (q.measure ? hasUnit(p, s) : countsHead(q, e, s)) ? 1 : 0.3, false]);

    case 'duration':
      // "How long is the canal?" asks for a length: a number with a unit of measure fits too.
      return [
        ...withFit(durations(p), 1),
        ...numbers(p).map((s): Typed => [s, hasUnit(p, s) ? 0.9 : 0.4, false]),
      ];
    case 'reason': {
      const r = reasonIn(p, e.anchor);

      return r ? [[r, 0.9, false]] : [];
    }
    default:
      return clauses(q, e);
  }
}

/**
 * "Which rocket…" → the name by the head noun; "What did X say" → the quote; "What did X do" →
 * the object; "What complicates X" → the subject.
 */
function clauses(q: AnalyzedQuestion, e: Evidence): Typed[] {
  const named = q.headKey ? headNames(q, e) : [];
  if (named.length > 0) return named.map((s) => [s, 1, false]);
  const verb =
    q.terms.find((t) => t.role === 'verb' && SPEECH.has(t.key)) ?? q.terms.find((t) => t.role === 'verb');
  const quoted = quotes(e.p);
  if (verb && SPEECH.has(verb.key) && quoted.length > 0)
    return quoted.map((s) => [shorten(e.p, s), 0.9, false]);
  if (e.anchor === undefined) return [];
  const skip = new Set(q.terms.map((t) => fold(t.word)));
  const v = e.anchor;
  if (q.asksObject || e.verbAt === undefined) {
    // "Which device will investigators examine?" ← "the voyage data recorder would be examined".
    const passive = q.headKey !== undefined && e.verbAt !== undefined && isPassive(e.p, v);
    const span = passive ? subjectOf(e.p, v) : objectAfter(e.p, v, skip);
    return span ? [[span, 0.7, false]] : [];
  }
  const agent = agentAfter(e.p, v);
  if (agent) return [[agent, 0.8, false]];
  const subject = subjectOf(e.p, v);
  return subject ? [[subject, 0.6, false]] : [];
}

/** Candidate answers in one evidence sentence, the question's own words excluded. */
export function extractCandidates(q: AnalyzedQuestion, e: Evidence): Candidate[] {
  const qKeys = new Set(q.terms.map((t) => t.key));
  const names = q.expect !== 'clause' && q.expect !== 'quote' && q.expect !== 'reason';
  return typed(q, e)
    .filter(([s]) => !(names && echoesQuestion(e, s, qKeys)) && !excludedBy(e, s, q.excluded))
    .map(([span, fit, person]) => ({ text: spanText(e.p, span), span, fit, evidence: e, person }))
    .filter((c) => c.text.length > 0 && (c.person || !/^(?:it|he|she|they|this|that)$/i.test(c.text)))
    .filter(
      (c) => !(q.expect === 'date' && e.p.codes[c.span.from] !== POS.date && !/^\d{1,2}:\d{2}/.test(c.text)),
    );
}
