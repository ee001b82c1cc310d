import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intIn, mulberry32, pick, type Rng, zipf } from './prng.js';
import { makeVocabulary, type Vocabulary } from './vocab.js';

const MONTHS = ['January', 'March', 'April', 'June', 'August', 'October', 'November', 'December'];
const TITLES = ['President', 'Minister', 'Dr.', 'General', 'Mayor', 'Judge'];
/** Bump when the generator changes, so a stale folder in the temp dir is regenerated. */
const GENERATOR_VERSION = 2;

interface Samplers {
  noun: () => string;
  verb: () => string;
  adj: () => string;
  person: () => string;
  place: () => string;
  org: () => string;
  num: () => string;
}

function samplers(rng: Rng, v: Vocabulary): Samplers {
  const first = zipf(rng, v.firstNames);
  const last = zipf(rng, v.lastNames);
  return {
    noun: zipf(rng, v.nouns),
    verb: zipf(rng, v.verbs),
    adj: zipf(rng, v.adjectives),
    person: () => `${first()} ${last()}`,
    place: zipf(rng, v.places),
    org: zipf(rng, v.orgs),
    // Small counts dominate real reporting; some large figures and percentages for variety.
    num: () => {
      const r = rng();
      if (r < 0.6) return String(intIn(rng, 2, 99));
      if (r < 0.85) return String(intIn(rng, 100, 9999));
      return `${intIn(rng, 1, 9)}.${intIn(rng, 1, 9)} million`;
    },
  };
}

/** English plural of a made-up noun: "-es" after a sibilant, as a real word would take. */
const plural = (noun: string): string => (/(?:s|x|z|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`);

/** One sentence from a few news-like shapes; the article's topic words recur as they would. */
function sentence(rng: Rng, s: Samplers, topic: Samplers): string {
  const w = (f: keyof Samplers): string => (rng() < 0.3 ? topic[f]() : s[f]());
  switch (intIn(rng, 0, 6)) {
    case 0:
      return `${w('person')} ${w('verb')} the ${w('adj')} ${w('noun')} in ${w('place')} on ${pick(rng, MONTHS)} ${intIn(rng, 1, 28)}.`;
    case 1:
      return `The ${w('noun')} ${w('verb')} ${w('num')} ${plural(w('noun'))} near ${w('place')}, officials said.`;
    case 2:
      return `${w('org')} ${w('verb')} the ${w('noun')} after ${w('person')} ${w('verb')} ${w('num')} ${plural(w('noun'))}.`;
    case 3:
      return `About ${w('num')} ${plural(w('noun'))} were ${w('verb')} by the ${w('noun')} of ${w('place')} in ${intIn(rng, 1990, 2025)}.`;
    case 4:
      return `${pick(rng, TITLES)} ${w('person')} said the ${w('adj')} ${w('noun')} had ${w('verb')} the ${w('noun')} of the ${w('noun')}.`;
    case 5:
      return `The ${w('adj')} ${w('noun')} and the ${w('noun')} ${w('verb')} a ${w('noun')} worth ${w('num')} dollars.`;
    default:
      return `In ${w('place')}, ${w('person')} of ${w('org')} ${w('verb')} ${intIn(rng, 2, 99)} percent of the ${plural(w('noun'))}.`;
  }
}

/** A title line and paragraphs of 3–5 sentences, about 30 sentences in all. */
function article(rng: Rng, s: Samplers): string {
  // A topic: a handful of words this article keeps returning to.
  const few = <T>(f: () => T): (() => T) => {
    const list = [f(), f(), f()];
    return () => pick(rng, list);
  };
  const topic: Samplers = {
    noun: few(s.noun),
    verb: few(s.verb),
    adj: few(s.adj),
    person: few(s.person),
    place: few(s.place),
    org: few(s.org),
    num: s.num,
  };
  const title = `${topic.adj()} ${topic.noun()} ${topic.verb()} in ${topic.place()}`;
  const paras: string[] = [title.charAt(0).toUpperCase() + title.slice(1)];
  let left = intIn(rng, 26, 34);
  while (left > 0) {
    const n = Math.min(left, intIn(rng, 3, 5));
    paras.push(Array.from({ length: n }, () => sentence(rng, s, topic)).join(' '));
    left -= n;
  }
  return `${paras.join('\n\n')}\n`;
}

/**
 * Writes `count` articles as .txt files to a folder under the OS temp dir and returns it.
 * Same count and seed give the same bytes, so a complete earlier folder is reused.
 */
export async function syntheticCorpus(count: number, seed = 42): Promise<string> {
  const dir = join(tmpdir(), 'newsdesk-bench', `synthetic-v${GENERATOR_VERSION}-${count}-s${seed}`);
  const marker = join(dir, '.complete');
  if ((await readFile(marker, 'utf8').catch(() => '')) === String(count)) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const rng = mulberry32(seed);
  const s = samplers(rng, makeVocabulary(rng));
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    await writeFile(join(dir, `a${String(i).padStart(width, '0')}.txt`), article(rng, s));
  }
  // Dot files are not articles to the loader; the marker only says the folder is whole.
  await writeFile(marker, String(count));
  return dir;
}
