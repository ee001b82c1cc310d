import MiniSearch from 'minisearch';
import { type IndexedDoc, MINISEARCH_OPTIONS } from './build.js';

/** Every sentence's index keys as posting lists: what the frozen index is made of. */
export interface Postings {
  /** Index keys, in the order they are inserted into the index. */
  terms: readonly string[];
  /** Postings of terms[t] are at offsets[t] .. offsets[t + 1]. */
  offsets: Uint32Array;
  /** Sentence ids, ascending within a term. */
  docs: Uint32Array;
  /** How often the term occurs in that sentence. */
  tfs: Uint32Array;
  /** Per sentence: its distinct keys (the BM25 field length). */
  lengths: Uint32Array;
}

/** Terms inserted between two paces: a few milliseconds of work. */
const TERMS_PER_PACE = 500;

const readOnly = (): never => {
  throw new Error('the sentence index is read-only: assemble a new one from the article records');
};

/** A Map read from elsewhere (typed arrays) that refuses writes: what the frozen index is built of. */
abstract class ReadOnlyMap<V> extends Map<number, V> {
  abstract override get size(): number;
  abstract override get(id: number): V | undefined;
  abstract override has(id: number): boolean;
  abstract override entries(): MapIterator<[number, V]>;
  override *keys(): MapIterator<number> {
    for (const [id] of this.entries()) yield id;
  }
  override *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }
  override [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }
  override forEach(fn: (v: V, id: number, map: Map<number, V>) => void): void {
    for (const [id, v] of this.entries()) fn(v, id, this);
  }
  override set(): this {
    return readOnly();
  }
  override delete(): boolean {
    return readOnly();
  }
  override clear(): void {
    readOnly();
  }
}

/**
 * One term's postings as the Map MiniSearch expects (sentence id → term frequency), read from
 * typed arrays: 3M postings in Maps cost ~250 MB and seconds to build; as views, neither.
 */
class PostingList extends ReadOnlyMap<number> {
  // A range of the shared arrays, not views of them: 30k lists would otherwise be 60k more objects.
  readonly #p: Postings;
  readonly #from: number;
  readonly #to: number;
  constructor(p: Postings, term: number) {
    super();
    this.#p = p;
    this.#from = p.offsets[term] as number;
    this.#to = p.offsets[term + 1] as number;
  }
  /** Binary search: ids are ascending. */
  #find(id: number): number {
    const d = this.#p.docs;
    let lo = this.#from;
    let hi = this.#to - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = d[mid] as number;
      if (v === id) return mid;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  override get size(): number {
    return this.#to - this.#from;
  }
  override get(id: number): number | undefined {
    const at = this.#find(id);
    return at < 0 ? undefined : this.#p.tfs[at];
  }
  override has(id: number): boolean {
    return this.#find(id) >= 0;
  }
  // Scoring walks the ids: straight from the array.
  override *keys(): MapIterator<number> {
    for (let i = this.#from; i < this.#to; i++) yield this.#p.docs[i] as number;
  }
  override *entries(): MapIterator<[number, number]> {
    for (let i = this.#from; i < this.#to; i++) yield [this.#p.docs[i] as number, this.#p.tfs[i] as number];
  }
}

/** The ids 0..n-1, each mapped to a value computed from it (itself, for sentence id = MiniSearch's short id). */
class DenseMap<V> extends ReadOnlyMap<V> {
  readonly #n: number;
  readonly #at: (id: number) => V;
  constructor(n: number, at: (id: number) => V) {
    super();
    this.#n = n;
    this.#at = at;
  }
  override get size(): number {
    return this.#n;
  }
  override has(id: number): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.#n;
  }
  override get(id: number): V | undefined {
    return this.has(id) ? this.#at(id) : undefined;
  }
  override *entries(): MapIterator<[number, V]> {
    for (let i = 0; i < this.#n; i++) yield [i, this.#at(i)];
  }
}

/**
 * A MiniSearch over the sentences, filled from posting lists instead of by `addAll`: it uses
 * MiniSearch's protected fields (meant for subclasses), and searches, scores and serialises
 * exactly as one built with addAll over the same sentences (tests/search/frozen.test.ts).
 * It cannot change: a live corpus assembles a new one and swaps it in.
 */
export class FrozenMiniSearch extends MiniSearch<IndexedDoc> {
  private constructor(lengths: Uint32Array) {
    super(MINISEARCH_OPTIONS);
    const n = lengths.length;
    const ids = new DenseMap(n, (id) => id);
    this._documentIds = ids;
    this._idToShortId = ids;
    this._fieldLength = new DenseMap(n, (id) => [lengths[id] as number]);
    // MiniSearch's running mean, step by step, so scores match an index built with addAll.
    let avg = 0;
    for (let i = 0; i < n; i++) avg = (avg * i + (lengths[i] as number)) / (i + 1);
    this._avgFieldLength = [avg];
    this._documentCount = n;
    this._nextId = n;
  }

  /** The index of these postings; `pace` is awaited between batches of terms (a live corpus yields there). */
  static async of(p: Postings, pace: () => Promise<void> = async () => {}): Promise<FrozenMiniSearch> {
    const mini = new FrozenMiniSearch(p.lengths);
    for (let t = 0; t < p.terms.length; t++) {
      mini._index.set(p.terms[t] as string, new Map([[0, new PostingList(p, t)]]));
      if (t % TERMS_PER_PACE === TERMS_PER_PACE - 1) await pace();
    }
    return mini;
  }

  override add(): void {
    readOnly();
  }
  override remove(): void {
    readOnly();
  }
  override discard(): void {
    readOnly();
  }
}
