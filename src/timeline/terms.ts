import { stem as porter } from '../nlp/lemma.js';
import { synonymsOf } from '../nlp/synonyms.js';

// Words that carry no event: function words, reporting verbs, and the date words themselves.
const STOP = new Set(
  `the a an and or but of in on at to for from by with as is are was were be been being has have had it its
  this that these those their his her he she they them we you not no into about over after before than then
  there which who whom whose what when where while also said says say would could should will can may might
  more most some any all other such only just very new one two three our out up down during since until year
  monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night day days week
  january february march april june july august september october november december
  told according source reuters afp spokesperson spokesman spokeswoman`.split(/\s+/),
);
// News names one event in many words ("talks", "video conference", "convened"): fold the common
// ones so reports of the same event share terms.
const SYNONYMS: Record<string, string> = Object.fromEntries(
  Object.entries({
    meet: 'meet met talk conferens discuss conven gather session summit',
    official: 'chief lead minist official head',
    virtual: 'video virtual online videoconferens',
    military: 'defens military',
    invad: 'invad invas',
  }).flatMap(([canon, words]) => words.split(' ').map((w) => [w, canon])),
);
// "touched down" is "touchdown" elsewhere: a verb and its particle joined, when that is a known word.
const PARTICLE = /^(?:down|up|off|out|over)$/;
const SUFFIXES = ['ations', 'ation', 'ions', 'ion', 'ings', 'ing', 'ers', 'er', 'ed', 'es', 'ly', 's', 'e'];

/** A light suffix stripper: enough for "convened"/"convene" or "guarantees"/"guarantee" to meet. */
export function stem(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/ence$/, 'ense')
    .replace(/yy$/, 'y');
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  const s = SUFFIXES.find(
    (x) => w.endsWith(x) && w.length - x.length >= 3 && !(x === 's' && w.endsWith('ss')),
  );
  const stemmed = s ? w.slice(0, -s.length) : w;
  return SYNONYMS[stemmed] ?? stemmed;
}

/** The distinct stemmed content words of a text. */
export function keyTerms(text: string): string[] {
  const words = text.match(/[\p{L}][\p{L}\p{N}]*(?:['’]\p{L}+)?|\b\d{2,}\b/gu) ?? [];
  const terms = words
    .map((w) => w.toLowerCase())
    .filter((w) => (w.length > 2 || /\d/.test(w)) && !STOP.has(w) && !/^(?:1[6-9]|20)\d\d$/.test(w))
    .map(stem);
  const compounds = words.flatMap((w, i) => {
    const next = words[i + 1]?.toLowerCase() ?? '';
    const joined = PARTICLE.test(next) ? `${stem(w)}${next}` : '';
    return joined && synonymsOf(porter(joined)).size > 0 ? [joined] : [];
  });
  return [...new Set([...terms, ...compounds])];
}
