/**
 * Hashed sparse features. A feature is a template crossed with up to two integer values
 * (codes, enums, hashes of closed-class words); it lands in one of 2^BITS weight slots.
 * Integer mixing keeps scoring hundreds of candidates well under a millisecond.
 */
export const BITS = 18;
const MASK = (1 << BITS) - 1;

/** A kind of feature, e.g. "wh-word × last code of the span". `show` names a value pair for --explain. */
export interface Template {
  id: number;
  name: string;
  show?: (a: number, b: number) => string;
}

const registry = new Map<number, Template>();

/** Declares a template; ids are fixed by name so weights survive reordering the code. */
export function template(name: string, show?: (a: number, b: number) => string): Template {
  const id = hashString(name);
  const known = registry.get(id);
  if (known && known.name !== name) throw new Error(`feature template id clash: ${name} / ${known.name}`);
  const t: Template = { id, name, ...(show ? { show } : {}) };
  registry.set(id, t);
  return t;
}

/** FNV-1a, 32 bits: a stable hash of a word for crossing with other values. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Mixes a template id and two values into a weight slot (murmur3's finaliser). */
export function slot(t: number, a: number, b: number): number {
  let h = Math.imul(t ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(a + 0x27d4eb2f, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ Math.imul(b + 0x165667b1, 0x297a2d39);
  h = Math.imul(h ^ (h >>> 13), 0x85ebca6b);
  return (h ^ (h >>> 16)) & MASK;
}

// Words behind feature values, for --explain. Bounded by the corpus's vocabulary (values are
// codes, shapes, function words and lower-case words), and each is hashed once per sentence.
const words = new Map<number, string>();
/** The hash of a word used as a feature value; remembered for --explain. */
export function wordId(w: string): number {
  const h = hashString(w);
  if (!words.has(h)) words.set(h, w);
  return h;
}
/** A word by its hash. */
// Token values are kept in Int32Arrays, so a hash may come back signed.
export const wordOf = (h: number): string => words.get(h >>> 0) ?? `#${(h >>> 0).toString(16)}`;

/** Where feature families put their features: a list to keep, or a running score. */
export interface FeatureSink {
  add(t: Template, a: number, b: number, value?: number): void;
}

/** Scores features as they come (Σ weight × value), keeping none: the answer path's sink. */
export class ScoreSink implements FeatureSink {
  sum = 0;

  constructor(private readonly w: Float32Array) {}

  add(t: Template, a: number, b: number, value = 1): void {
    if (value === 0) return;
    this.sum += (this.w[slot(t.id, a, b)] ?? 0) * value;
  }
}

/** The features of one candidate: weight slots with values; labels only when explaining. */
export class FeatureList implements FeatureSink {
  readonly slots: number[] = [];
  readonly values: number[] = [];
  readonly labels: string[] | undefined;

  constructor(explain = false) {
    this.labels = explain ? [] : undefined;
  }

  /** Appends every feature of another list (the sentence's, shared by its spans). */
  extend(other: FeatureList): void {
    for (let i = 0; i < other.slots.length; i++) {
      this.slots.push(other.slots[i] ?? 0);
      this.values.push(other.values[i] ?? 0);
      this.labels?.push(other.labels?.[i] ?? '');
    }
  }

  add(t: Template, a: number, b: number, value = 1): void {
    if (value === 0) return;
    this.slots.push(slot(t.id, a, b));
    this.values.push(value);
    this.labels?.push(t.show ? `${t.name}: ${t.show(a, b)}` : t.name);
  }
}
