import type { SentenceMatch } from '../match.js';
import { bucket, type QuestionContext, whName } from './context.js';
import { type FeatureSink, template } from './vector.js';

// How much of the question the sentence holds: IDF-weighted overlap (lemmas and synonyms
// count, see match.ts), names and numbers it lacks, and what the sentence before adds.
const COVERAGE = template('sentence coverage');
const COVERAGE_WH = template('sentence coverage × wh', (a) => whName(a));
const CONTEXT = template('coverage added by the sentence before');
const MISSING_NAMES = template('question names missing', (a) => String(a));
const MISSING_NUMBERS = template('question numbers missing', (a) => String(a));
const MISSING_MASS = template('question IDF missing (share)');
const HEAD_FOUND = template('head noun in sentence');
const VERB_FOUND = template('question verb in sentence');
const ALL_FOUND = template('every question term in sentence');

export function overlapFeatures(qc: QuestionContext, m: SentenceMatch, f: FeatureSink): void {
  const { q } = qc;
  let names = 0;
  let numbers = 0;
  let added = 0;
  let missing = 0;
  q.terms.forEach((t, j) => {
    const here = m.found[j] ?? 0;
    if (here < 0.7) {
      if (t.name) names++;
      if (t.number) numbers++;
    }
    added += Math.max(0, (m.before[j] ?? 0) - here) * t.idf;
    missing += (1 - here) * t.idf;
  });
  const mass = q.mass || 1;
  f.add(COVERAGE, 0, 0, m.coverage);
  f.add(COVERAGE_WH, qc.wh, 0, m.coverage);
  f.add(CONTEXT, 0, 0, added / mass);
  f.add(MISSING_NAMES, bucket(names), 0);
  f.add(MISSING_NUMBERS, bucket(numbers), 0);
  f.add(MISSING_MASS, 0, 0, missing / mass);
  if (m.headAt >= 0) f.add(HEAD_FOUND, 0, 0);
  if (m.verbAt >= 0) f.add(VERB_FOUND, 0, 0);
  if (missing < 1e-9) f.add(ALL_FOUND, 0, 0);
}
