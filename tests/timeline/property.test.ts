import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf, md } from './support.js';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'March', 'May', 'August', 'October', 'December'];
const when = fc.oneof(
  fc.constantFrom(...WEEKDAYS).map((d) => `on ${d}`),
  fc
    .tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1990, max: 2030 }))
    .map(([m, d, y]) => `on ${m} ${d}, ${y}`),
  fc.integer({ min: 1900, max: 2030 }).map((y) => `in ${y}`),
  fc.constant('last week'),
);
const sentence = fc
  .tuple(
    fc.constantFrom('The council', 'Ministers', 'Rebels', 'The court'),
    fc.constantFrom('met', 'will meet', 'ruled', 'are set to vote', 'signed a deal'),
    when,
  )
  .map(([who, did, at]) => `${who} ${did} ${at}.`);
const article = fc.record({
  published: fc.option(
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: undefined },
  ),
  sentences: fc.array(sentence, { minLength: 1, maxLength: 6 }),
});

describe('buildTimeline properties', () => {
  it('GIVEN any articles THEN entries are sorted, cited, short, and quote sentences that exist verbatim', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (articles) => {
        const corpus = corpusOf(
          Object.fromEntries(
            articles.map((a, i) => [`a${i}.md`, md(`A${i}`, a.published, a.sentences.join('\n\n'))]),
          ),
        );
        const texts = new Set(corpus.sentences.map((s) => s.text));
        const entries = buildTimeline(corpus);
        entries.forEach((e, i) => {
          expect(e.date).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
          if (i > 0) expect((entries[i - 1]?.date ?? '') <= e.date).toBe(true);
          expect(e.citations.length).toBeGreaterThan(0);
          expect(e.text.length).toBeLessThanOrEqual(201);
          e.citations.forEach((c, k) => {
            expect(c.n).toBe(k + 1);
            expect(texts.has(c.sentence)).toBe(true);
          });
        });
      }),
      { numRuns: 150 },
    );
  });
});
