/**
 * A small bounded memory of recent replies, keyed by the interaction that made them, so a
 * button click can find what it belongs to. Oldest entries go first; a restart forgets all.
 */
export class Memo<T> {
  readonly #items = new Map<string, T>();
  constructor(readonly capacity = 1000) {}

  set(key: string, value: T): void {
    this.#items.delete(key);
    this.#items.set(key, value);
    if (this.#items.size > this.capacity) {
      const oldest = this.#items.keys().next().value;
      if (oldest !== undefined) this.#items.delete(oldest);
    }
  }

  get(key: string): T | undefined {
    return this.#items.get(key);
  }
}
