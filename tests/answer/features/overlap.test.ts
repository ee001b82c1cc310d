import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../../src/search/store.js';
import { candidateFor, featureValue, labelsNamed, labelsOf, openNews } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

const CHAIR = 'Who chaired the Harbor summit?';

describe('overlap features', () => {
  it('GIVEN a sentence holding every question term THEN it says so, with full coverage and no name missing', () => {
    const c = candidateFor(index, CHAIR, 'Elena Voss', 'chaired the Harbor');
    expect(labelsOf(c)).toContain('every question term in sentence');
    expect(labelsNamed(c, 'question names missing')).toEqual(['question names missing: 0']);
    expect(featureValue(c, 'sentence coverage')).toBeCloseTo(1);
    expect(featureValue(c, 'question IDF missing (share)')).toBe(0);
  });

  it('GIVEN a sentence lacking the question\'s name "Harbor" THEN one name is missing and so is its IDF share', () => {
    const c = candidateFor(index, CHAIR, 'Elena Voss', 'was chaired by');
    expect(labelsNamed(c, 'question names missing')).toEqual(['question names missing: 1']);
    expect(labelsOf(c)).not.toContain('every question term in sentence');
    const coverage = featureValue(c, 'sentence coverage');
    expect(coverage).toBeGreaterThan(0);
    expect(coverage).toBeLessThan(1);
    expect(featureValue(c, 'question IDF missing (share)')).toBeCloseTo(1 - coverage);
  });

  it("GIVEN a sentence lacking the question's year THEN one number is missing", () => {
    const q = 'Who chaired the summit in 2025?';
    const lacking = candidateFor(index, q, 'Elena Voss', 'was chaired by');
    expect(labelsNamed(lacking, 'question numbers missing')).toEqual(['question numbers missing: 1']);
    const holding = candidateFor(index, q, 'Elena Voss', 'chaired the Harbor');
    expect(labelsNamed(holding, 'question numbers missing')).toEqual(['question numbers missing: 0']);
  });

  it('GIVEN "Which river flows…" and a sentence with "river" and "flows" THEN the head noun and the verb are found', () => {
    const c = candidateFor(index, 'Which river flows through Warsaw?', 'Vistula');
    expect(labelsOf(c)).toContain('head noun in sentence');
    expect(labelsOf(c)).toContain('question verb in sentence');
    const faq = candidateFor(index, 'Where is the Harbor summit held?', 'Riverton');
    expect(labelsOf(faq)).not.toContain('question verb in sentence');
  });

  it('GIVEN "Anna Berg hosted it." after "The Harbor summit met…" THEN the sentence before adds what it lacks', () => {
    const c = candidateFor(index, 'Who hosted the Harbor summit?', 'Anna Berg');
    const missing = featureValue(c, 'question IDF missing (share)');
    expect(missing).toBeGreaterThan(0);
    expect(featureValue(c, 'coverage added by the sentence before')).toBeCloseTo(missing);
  });

  it("GIVEN the sentence answering a matched FAQ question THEN the question's words count as its own", () => {
    const c = candidateFor(index, 'Where is the Harbor summit held?', 'Riverton');
    expect(featureValue(c, 'sentence coverage')).toBeCloseTo(1);
    expect(labelsOf(c)).toContain('every question term in sentence');
    expect(labelsNamed(c, 'question names missing')).toEqual(['question names missing: 0']);
  });
});
