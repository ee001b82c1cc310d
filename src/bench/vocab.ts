import type { Rng } from './prng.js';

/** A generated vocabulary: made-up words, so no real article's facts leak into the timings. */
export interface Vocabulary {
  nouns: string[];
  verbs: string[];
  adjectives: string[];
  firstNames: string[];
  lastNames: string[];
  places: string[];
  orgs: string[];
}

const ONSETS = [
  'b',
  'br',
  'c',
  'd',
  'dr',
  'f',
  'g',
  'gr',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pr',
  's',
  't',
  'tr',
  'v',
  'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'th', 'm', 'k'];

const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** count distinct pronounceable words of 2–3 syllables; suffix gives a part-of-speech cue. */
function words(rng: Rng, count: number, taken: Set<string>, suffix = ''): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const syllables = 2 + Math.floor(rng() * 2);
    let w = '';
    for (let i = 0; i < syllables; i++) {
      w += ONSETS[Math.floor(rng() * ONSETS.length)];
      w += VOWELS[Math.floor(rng() * VOWELS.length)];
      if (i === syllables - 1) w += CODAS[Math.floor(rng() * CODAS.length)];
    }
    w += suffix;
    if (taken.has(w)) continue;
    taken.add(w);
    out.push(w);
  }
  return out;
}

/** Sizes chosen to give a news-like spread: a long tail of rare nouns, fewer verbs and names. */
export function makeVocabulary(rng: Rng): Vocabulary {
  const taken = new Set<string>();
  return {
    nouns: words(rng, 12000, taken),
    // "-ed" endings so the tagger reads them as past-tense verbs, as in news prose.
    verbs: words(rng, 2500, taken, 'ed'),
    adjectives: words(rng, 2500, taken, 'ic'),
    firstNames: words(rng, 800, taken).map(capital),
    lastNames: words(rng, 3000, taken).map(capital),
    places: words(rng, 600, taken, 'ia').map(capital),
    orgs: words(rng, 300, taken).map((w) => `${capital(w)} Group`),
  };
}
