import { describe, expect, it } from 'vitest';
import { liveUpdates } from '../../src/live/liveUpdates.js';
import type { SentenceIndex } from '../../src/search/store.js';
import type { CorpusStore } from '../../src/store/corpusStore.js';

/** A store whose refreshes finish when the test says, recording the names each one got. */
function fakeStore() {
  const calls: string[][] = [];
  const finish: ((fail?: boolean) => void)[] = [];
  const index = (n: number) => ({ corpus: { articles: Array(n) } }) as unknown as SentenceIndex;
  const store = {
    refresh: ({ names }: { names: ReadonlySet<string> }) =>
      new Promise((resolve, reject) => {
        calls.push([...names].sort());
        finish.push((fail) =>
          fail
            ? reject(new Error('disk gone'))
            : resolve({
                index: index(calls.length),
                change: { added: [...names], changed: [], removed: [] },
              }),
        );
      }),
  } as unknown as CorpusStore;
  return { store, calls, finish };
}

const tick = () => new Promise((r) => setImmediate(r));
const look = (...names: string[]) => ({ names: new Set(names), all: false });

describe('liveUpdates', () => {
  it('GIVEN requests while a refresh runs THEN they join one next refresh, and each new index is swapped in whole', async () => {
    const { store, calls, finish } = fakeStore();
    const swapped: number[] = [];
    const u = liveUpdates(store, (i) => swapped.push(i.corpus.articles.length));
    const done = u.request(look('a.txt'));
    await tick();
    void u.request(look('b.txt'));
    void u.request(look('c.txt'));
    finish[0]?.();
    await tick();
    expect(calls).toEqual([['a.txt'], ['b.txt', 'c.txt']]);
    finish[1]?.();
    await done;
    expect(swapped).toEqual([1, 2]);
  });

  it('GIVEN a refresh that fails THEN it is logged, nothing is swapped, and the next request still runs', async () => {
    const { store, calls, finish } = fakeStore();
    const errors: string[] = [];
    const log = { error: (_o: unknown, msg: string) => errors.push(msg), info: () => {} } as never;
    const swapped: number[] = [];
    const u = liveUpdates(store, (i) => swapped.push(i.corpus.articles.length), log);
    const first = u.request(look('a.txt'));
    await tick();
    finish[0]?.(true);
    await first;
    expect(errors).toEqual(['corpus update failed; serving the last state']);
    const second = u.request(look('a.txt'));
    await tick();
    finish[1]?.();
    await second;
    expect(calls).toHaveLength(2);
    expect(swapped).toEqual([2]);
  });
});
