import { join } from 'node:path';
import MiniSearch, { type SearchOptions } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { type IndexedDoc, MINISEARCH_OPTIONS } from '../../src/search/build.js';
import { CorpusStore } from '../../src/store/corpusStore.js';

const opened = await CorpusStore.open(join(import.meta.dirname, '../../corpus'));
if (!opened.ok) throw new Error(opened.error);
const { index } = opened.value;
const reference = new MiniSearch<IndexedDoc>(MINISEARCH_OPTIONS);
reference.addAll(index.corpus.sentences.map((s) => ({ id: s.id, text: s.clean })));

const queries = index.corpus.sentences.filter((_, i) => i % 7 === 0).map((s) => s.clean);
const hits = (m: MiniSearch<IndexedDoc>, q: string, o: SearchOptions) =>
  m.search(q, o).map((h) => [h.id, h.score, h.terms]);

describe('the frozen sentence index', () => {
  it('GIVEN the same sentences THEN it serialises exactly as MiniSearch built with addAll', () => {
    expect(index.mini.toJSON()).toEqual(reference.toJSON());
    expect(index.mini.documentCount).toBe(reference.documentCount);
    expect(index.mini.termCount).toBe(reference.termCount);
  });

  it.each<[string, SearchOptions]>([
    ['OR', { combineWith: 'OR' }],
    ['AND', { combineWith: 'AND' }],
    ['prefix', { prefix: true }],
    ['fuzzy', { fuzzy: 0.2 }],
  ])('GIVEN %s queries THEN hits, scores and matched terms equal the addAll index', (_name, o) => {
    for (const q of queries) expect(hits(index.mini, q, o)).toEqual(hits(reference, q, o));
  });

  it('GIVEN an attempt to change it THEN it refuses (a live corpus assembles a new one)', () => {
    expect(() => index.mini.add({ id: 1e6, text: 'new' })).toThrow(/read-only/);
    expect(() => index.mini.discard(0)).toThrow(/read-only/);
    expect(index.mini.search('Dragone').length).toBeGreaterThan(0);
  });
});
