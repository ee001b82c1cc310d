import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { parseArticle } from '../../src/corpus/parse.js';

describe('cleanArticle', () => {
  it('GIVEN page furniture around a story THEN only story text is left', () => {
    const raw = [
      'Skip to content',
      'Home » News » Harbour reopens',
      'Harbour Reopens After Storm',
      'by Jane Doe – Staff Writer',
      'The harbour reopened on Monday after a week of repairs.',
      'Read also:',
      'Share this article with your network and subscribe to our newsletter.',
      'Sources',
      '  • Reuters',
      '  • AP News',
      'Did you find an error or inaccuracy?',
      'Leave a Comment',
    ].join('\n');
    const a = cleanArticle(raw);
    expect(a.title).toBe('Harbour Reopens After Storm');
    expect(a.meta.author).toBe('Jane Doe');
    expect(a.blocks.filter((b) => !b.meta).map((b) => b.text)).toEqual([
      'The harbour reopened on Monday after a week of repairs.',
    ]);
    expect(a.blocks.filter((b) => b.meta).map((b) => b.text)).toEqual(['by Jane Doe – Staff Writer']);
  });

  it('GIVEN a dateline prefix and an imprint line THEN they become metadata, kept apart from story text', () => {
    const raw = ' date 2025-08-21 BRUSSELS: Chiefs met on Wednesday.\n\nPublished in Dawn, August 21st, 2025';
    const a = cleanArticle(raw);
    expect(a.meta).toMatchObject({ published: '2025-08-21', publisher: 'Dawn' });
    expect(a.blocks.filter((b) => !b.meta).map((b) => b.text)).toEqual([
      'BRUSSELS: Chiefs met on Wednesday.',
    ]);
    expect(a.blocks.find((b) => b.meta)?.text).toBe('Published in Dawn, August 21st, 2025');
  });

  it('GIVEN a "Published July 25, 1969" line THEN the publication date is read', () => {
    expect(cleanArticle('Moon Walk\nPublished July 25, 1969\nThey walked on the Moon.').meta.published).toBe(
      '1969-07-25',
    );
  });
});

describe('parseArticle', () => {
  it('GIVEN Markdown front matter THEN it overrides detection and nothing unknown is invented', () => {
    const raw =
      '---\ntitle: Canal Cleared\npublisher: Daily X\npublished: 2021-03-29\nurl: https://example.org/a\n---\n# Ignored Heading\n\nThe ship was freed on Monday.\n';
    const a = parseArticle('a', 'a.md', raw);
    expect(a).toMatchObject({
      title: 'Canal Cleared',
      publisher: 'Daily X',
      published: '2021-03-29',
      url: 'https://example.org/a',
    });
    expect(a?.author).toBeUndefined();
    expect(a?.sentences.map((s) => s.text)).toContain('The ship was freed on Monday.');
  });

  it('GIVEN glued words THEN the clean text is repaired while the citation text stays verbatim', () => {
    const a = parseArticle(
      'b',
      'b.txt',
      'Title Here\nFollowing a meeting in Washington,President Trump spoke.',
    );
    const s = a?.sentences[0];
    expect(s?.text).toBe('Following a meeting in Washington,President Trump spoke.');
    expect(s?.clean).toBe('Following a meeting in Washington, President Trump spoke.');
  });

  it('GIVEN any article text THEN it never throws and every sentence quotes the file verbatim', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom('Skip to content', 'by Jane Doe', 'Sources', '• AP', 'U.S. Gen. X met Y.'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const raw = lines.join('\n');
        for (const s of parseArticle('p', 'p.txt', raw)?.sentences ?? []) expect(raw).toContain(s.text);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN an article with no story text THEN it is not an article', () => {
    expect(parseArticle('c', 'c.txt', 'Skip to content\n\nLeave a Comment\n')).toBeUndefined();
  });
});
