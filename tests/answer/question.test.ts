import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answer/question.js';

const lex = { chaired: 'V', warned: 'V', countries: 'n', nato: 'O' };

describe('analyzeQuestion', () => {
  it.each([
    ['Who chaired the meeting?', 'person'],
    ['Where did they meet?', 'place'],
    ['When was NATO founded?', 'date'],
    ['How many people were injured?', 'number'],
    ['How long will the partnership last?', 'duration'],
    ['Which countries are in the coalition?', 'place'],
    ['Which company freed the ship?', 'org'],
    ['Why did the talks stall?', 'reason'],
    ['Did Trump rule out troops?', 'yesno'],
    ['What did Lavrov warn?', 'clause'],
    ['In which city was the summit held?', 'place'],
  ])('GIVEN "%s" THEN it expects a %s', (q, expect_) => {
    expect(analyzeQuestion(q, lex).expect).toBe(expect_);
  });

  it('GIVEN names and a relation verb THEN those are required in the evidence', () => {
    const q = analyzeQuestion('Who represented the United States?', lex);
    expect(q.terms.filter((t) => t.required).map((t) => t.word)).toEqual(['represented', 'United', 'States']);
  });

  it('GIVEN an excluded place ("outside Europe") THEN it is not required', () => {
    const q = analyzeQuestion('Which countries outside Europe are in the coalition?', lex);
    expect(q.terms.map((t) => t.word)).not.toContain('Europe');
    expect(q.plural).toBe(true);
  });

  it('GIVEN "how many NATO countries" THEN the counted noun is countries', () => {
    expect(analyzeQuestion('How many NATO countries were represented?', lex).headKey).toBe('countri');
  });
});
