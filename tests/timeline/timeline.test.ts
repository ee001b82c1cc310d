import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEntry } from '../../src/timeline/types.js';
import { corpusOf, loadCorpus, md } from './support.js';

const FIXTURES = 'tests/fixtures/timeline/dated';
const fixtureCorpus = () =>
  corpusOf(
    Object.fromEntries(readdirSync(FIXTURES).map((f) => [f, readFileSync(join(FIXTURES, f), 'utf8')])),
  );
const find = (entries: TimelineEntry[], words: RegExp) =>
  entries.filter((e) => e.citations.some((c) => words.test(c.sentence)));

describe('buildTimeline on small hand-written articles', () => {
  const entries = buildTimeline(fixtureCorpus());

  it('GIVEN a Thursday article THEN past weekdays fall before it and a future one after it', () => {
    expect(find(entries, /ended their strike/)[0]?.date).toBe('2024-03-12');
    expect(find(entries, /met the harbour board/)[0]?.date).toBe('2024-03-11');
    expect(find(entries, /meet again on Friday/)[0]?.date).toBe('2024-03-15');
  });

  it('GIVEN years and months THEN they keep their own precision', () => {
    expect(entries.find((e) => e.date === '1887')?.text).toMatch(/first opened/);
    expect(entries.find((e) => e.date === '2019-03')?.text).toMatch(/expanded/);
  });

  it('GIVEN an undated article on an event the dated one reports THEN it joins that entry', () => {
    const signing = entries.find((e) => e.date === '2024-03-15');
    expect(signing?.citations.map((c) => c.articleId).sort()).toEqual(['harbor-thursday', 'harbor-undated']);
  });

  it('GIVEN an article with no date and no shared event THEN its weekday gets no day, its year stays', () => {
    const library = entries.filter((e) => e.citations.some((c) => c.articleId === 'undated-weekday'));
    expect(library.map((e) => e.date)).toEqual(['1962']);
  });
});

describe('buildTimeline on the default corpus', () => {
  let corpus: Corpus;
  let entries: TimelineEntry[];
  beforeAll(() => {
    corpus = loadCorpus('corpus');
    entries = buildTimeline(corpus);
  });
  const dateOf = (re: RegExp) => entries.filter((e) => re.test(e.text)).map((e) => e.date);

  it('GIVEN background history THEN founding, independence, Crimea and the invasion are dated', () => {
    expect(dateOf(/NATO.*founded/)).toContain('1949');
    expect(dateOf(/independence/)).toContain('1991');
    expect(dateOf(/Crimea/)).toContain('2014');
    expect(dateOf(/full-scale invasion/)).toContain('2022-02');
    expect(dateOf(/100-year security partnership/)).toContain('2025-01');
  });

  it('GIVEN "on Monday"/"Tuesday"/"Wednesday" in a Thursday article THEN they are the days before it', () => {
    const cited = (date: string, re: RegExp) =>
      entries.some((e) => e.date === date && e.citations.some((c) => re.test(c.sentence)));
    expect(cited('2025-08-18', /White House on Monday/)).toBe(true);
    expect(cited('2025-08-19', /Tuesday evening, Dan Caine held talks/)).toBe(true);
    expect(cited('2025-08-19', /Trump on Tuesday explicitly ruled out/)).toBe(true);
    expect(cited('2025-08-20', /Nato military chiefs on Wednesday discussed/)).toBe(true);
    expect(cited('2025-08-20', /video conference/)).toBe(true);
    expect(cited('2025-08-15', /three days after his landmark encounter/)).toBe(true);
    expect(entries.some((e) => e.date === '2025-08-21')).toBe(false);
  });

  it("GIVEN five reports of the chiefs' video conference THEN one entry cites all five articles", () => {
    const conference = entries.filter((e) => e.citations.some((c) => /video conference/.test(c.sentence)));
    expect(conference).toHaveLength(1);
    expect(new Set(conference[0]?.citations.map((c) => c.articleId)).size).toBe(5);
  });

  it('GIVEN several reports of the Tuesday talks THEN they are one entry citing both articles', () => {
    const caine = entries.filter((e) => e.citations.some((c) => /Caine/.test(c.sentence)));
    expect(caine).toHaveLength(1);
    expect(new Set(caine[0]?.citations.map((c) => c.articleId)).size).toBe(2);
  });

  it('GIVEN any entry THEN its text is a short clause and its citations quote the corpus verbatim', () => {
    const texts = new Set(corpus.sentences.map((s) => s.text));
    for (const e of entries) {
      expect(e.text.length).toBeLessThanOrEqual(201);
      for (const c of e.citations) expect(texts.has(c.sentence)).toBe(true);
    }
  });
});

describe('buildTimeline coverage anchors', () => {
  const dated = md('Chiefs meet', '2025-08-21', 'Nato military chiefs held a video conference on Wednesday.');
  it('GIVEN an undated report of a dated event THEN its other weekdays are read from that day', () => {
    const undated = md(
      'Chiefs',
      undefined,
      'Nato military chiefs held a video conference on Wednesday.\n\nThe general resigned on Tuesday.',
    );
    const entries = buildTimeline(corpusOf({ 'a.md': dated, 'b.md': undated }));
    expect(find(entries, /resigned/)[0]?.date).toBe('2025-08-19');
  });

  it('GIVEN an undated article that reports a later year as past THEN the older match does not anchor it', () => {
    const undated = md(
      'Chiefs',
      undefined,
      'Nato military chiefs held a video conference on Wednesday.\n\nThe general resigned on Tuesday.\n\nThe pact was signed in 2026.',
    );
    const entries = buildTimeline(corpusOf({ 'a.md': dated, 'b.md': undated }));
    expect(find(entries, /resigned/)).toEqual([]);
  });
});
