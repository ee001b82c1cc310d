import { describe, expect, it } from 'vitest';
import { articleAnchor } from '../../src/timeline/anchor.js';
import { articleMentions } from '../../src/timeline/mention.js';
import { corpusOf, md } from './support.js';

const anchorOf = (published: string | undefined, body: string) => {
  const a = corpusOf({ 'a.md': md('A', published, body) }).articles[0];
  if (!a) throw new Error('no article');
  return articleAnchor(a.published, articleMentions(a));
};

describe('articleAnchor', () => {
  it('GIVEN a publication date THEN it is the anchor', () => {
    expect(anchorOf('2024-03-14', 'They met on August 2, 2024.')).toEqual({ year: 2024, month: 3, day: 14 });
  });

  it('GIVEN no publication date THEN the full date stated most often, latest on ties, is the anchor', () => {
    const body =
      'August 18, 2025 Leaders meet.\n\nAugust 20, 2025 Chiefs discuss.\n\nAugust 20, 2025 Aides plan.';
    expect(anchorOf(undefined, body)).toEqual({ year: 2025, month: 8, day: 20 });
    expect(anchorOf(undefined, 'Talks began on May 2, 2023 and ended on May 9, 2023.')).toEqual({
      year: 2023,
      month: 5,
      day: 9,
    });
  });

  it('GIVEN only a future full date THEN it still anchors, but a past one is preferred', () => {
    const body = 'The vote took place on June 1, 2024. A rerun will be held on July 9, 2024.';
    expect(anchorOf(undefined, body)).toEqual({ year: 2024, month: 6, day: 1 });
  });

  it('GIVEN no date at all THEN there is no anchor', () => {
    expect(anchorOf(undefined, 'The council approved the library on Wednesday. It was built in 1962.')).toBe(
      undefined,
    );
  });
});

describe('articleAnchor with background dates', () => {
  it('GIVEN a stated full date older than a year the article reports as past THEN it does not anchor', () => {
    const body =
      'The firm was founded on March 3, 2019. Sales doubled in 2024. The chief resigned on Tuesday.';
    expect(anchorOf(undefined, body)).toBeUndefined();
  });
});
