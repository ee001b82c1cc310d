import { beforeAll, describe, expect, it } from 'vitest';
import { DECISION_COLUMNS, decisionColumns } from '../../../src/answer/features/decision.js';
import type { SentenceIndex } from '../../../src/search/store.js';
import { ask, candidate, openNews } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

/** The decision's columns for a question, with `text` (from `sentence`) as its best candidate, by name. */
function columnsFor(question: string, text: string, sentence?: string): Record<string, number> {
  const { pool } = ask(index, question);
  const best = pool.candidates.indexOf(candidate(pool, text, sentence));
  const scores = pool.candidates.map((_, i) => (i === best ? 5 : 0));
  const x = decisionColumns(pool, scores, best);
  return Object.fromEntries(DECISION_COLUMNS.map((name, i) => [name, x[i] ?? 0]));
}

describe('decision columns', () => {
  it('GIVEN every question word in the answer sentence THEN nothing is missing and coverage is full', () => {
    const c = columnsFor('Who chaired the Harbor summit?', 'Elena Voss', 'chaired the Harbor summit');
    expect(c['coverage of the answer sentence']).toBeGreaterThan(0.9);
    expect(c['question IDF missing from the sentence (share)']).toBeLessThan(0.1);
    expect(c['wh = who']).toBe(1);
    expect(c['span ends in a name']).toBe(1);
  });

  it('GIVEN a name the corpus never uses THEN the decision sees it missing, not merely elsewhere', () => {
    const c = columnsFor('Who chaired the Zanzibar summit?', 'Elena Voss', 'chaired the Harbor summit');
    expect(c['missing words the corpus never uses']).toBe(1);
    expect(c['question IDF missing from the sentence (share)']).toBeGreaterThan(0.2);
  });

  it('GIVEN a question word said only in another retrieved sentence THEN it counts as said elsewhere', () => {
    // "mayor" is in "Elena Voss, the mayor, opened…", not in the sentence that says who chaired.
    const c = columnsFor('Which mayor chaired the summit?', 'Elena Voss', 'chaired the Harbor summit');
    const elsewhere = DECISION_COLUMNS.filter((n) => n.endsWith('said in another retrieved sentence'));
    expect(elsewhere.reduce((s, n) => s + (c[n] ?? 0), 0)).toBeGreaterThan(0);
  });

  it('GIVEN a clear winner THEN its probability is high and its margin positive', () => {
    const c = columnsFor('Who chaired the Harbor summit?', 'Elena Voss', 'chaired the Harbor summit');
    expect(c['ranker probability of the best answer']).toBeGreaterThan(0.5);
    expect(c['ranker margin over the next different answer']).toBeGreaterThan(0);
  });

  it('GIVEN a number answer THEN the span ends in a number', () => {
    const c = columnsFor('How many crossings did the transport office count?', '900');
    expect(c['span ends in a number']).toBe(1);
    expect(c['wh = how-many']).toBe(1);
  });
});
