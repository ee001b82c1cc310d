import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { sentenceFeatures, spanFeatures } from '../../../src/answer/features/index.js';
import {
  BITS,
  FeatureList,
  hashString,
  ScoreSink,
  slot,
  template,
  wordId,
  wordOf,
} from '../../../src/answer/features/vector.js';
import type { SentenceIndex } from '../../../src/search/store.js';
import { ask, candidate, openNews } from '../support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openNews();
});

const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const uint32 = fc.integer({ min: 0, max: 2 ** 32 - 1 });

describe('feature vector', () => {
  it('GIVEN the FNV-1a test strings THEN hashString gives their published hashes', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });

  it('GIVEN any template id and values THEN slot is the same each time and an integer below 2^BITS', () => {
    fc.assert(
      fc.property(uint32, fc.oneof(int32, uint32), fc.oneof(int32, uint32), (t, a, b) => {
        const s = slot(t, a, b);
        expect(Number.isInteger(s) && s >= 0 && s < 2 ** BITS).toBe(true);
        expect(slot(t, a, b)).toBe(s);
      }),
    );
  });

  it('GIVEN a value stored signed (Int32Array) or unsigned THEN slot is the same', () => {
    fc.assert(fc.property(uint32, uint32, (t, a) => slot(t, a | 0, a | 0) === slot(t, a >>> 0, a >>> 0)));
  });

  it('GIVEN neighbouring values THEN slot spreads them over many slots', () => {
    const t = template('test: spread').id;
    const slots = new Set(Array.from({ length: 1000 }, (_, a) => slot(t, a, 0)));
    expect(slots.size).toBeGreaterThan(990);
  });

  it('GIVEN a template with a show function THEN its label names the values; without one, the name alone', () => {
    const shown = template('test: shown', (a, b) => `${a}-${b}`);
    const plain = template('test: plain');
    expect(template('test: shown', (a, b) => `${a}-${b}`).id).toBe(shown.id);
    const f = new FeatureList(true);
    f.add(shown, 3, 4);
    f.add(plain, 0, 0, 0.5);
    f.add(plain, 1, 0, 0);
    expect(f.labels).toEqual(['test: shown: 3-4', 'test: plain']);
    expect(f.values).toEqual([1, 0.5]);
    expect(f.slots).toEqual([slot(shown.id, 3, 4), slot(plain.id, 0, 0)]);
    expect(new FeatureList(false).labels).toBeUndefined();
  });

  it("GIVEN a list extended with another THEN it holds both lists' features in order", () => {
    const t = template('test: extend', (a) => String(a));
    const a = new FeatureList(true);
    a.add(t, 1, 0);
    const b = new FeatureList(true);
    b.add(t, 2, 0, 0.25);
    a.extend(b);
    expect(a.labels).toEqual(['test: extend: 1', 'test: extend: 2']);
    expect(a.values).toEqual([1, 0.25]);
  });

  it('GIVEN a word hashed with wordId THEN wordOf names it back; an unknown hash shows as hex', () => {
    expect(wordOf(wordId('harbour'))).toBe('harbour');
    const h = hashString('never given to wordId');
    expect(wordOf(h)).toBe(`#${h.toString(16)}`);
  });

  it("GIVEN a real candidate's features THEN ScoreSink's sum is Σ weight × value of its FeatureList", () => {
    const w = new Float32Array(1 << BITS).map((_, i) => Math.sin(i) * 2);
    const { pool } = ask(index, 'Who chaired the Harbor summit?');
    const c = candidate(pool, 'Elena Voss', 'was chaired by');
    const sink = new ScoreSink(w);
    const list = new FeatureList();
    for (const f of [sink, list]) {
      sentenceFeatures(pool.qc, c.m, f);
      spanFeatures(pool.qc, c, f);
    }
    const expected = list.slots.reduce((s, slotId, i) => s + (w[slotId] ?? 0) * (list.values[i] ?? 0), 0);
    expect(list.slots.length).toBeGreaterThan(20);
    expect(sink.sum).toBeCloseTo(expected, 9);
    expect(sink.sum).not.toBe(0);
  });
});
