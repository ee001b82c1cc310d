import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config.js';

/**
 * WordNet's class of a common noun's most frequent sense: its lexicographer file, e.g. 18 person,
 * 15 location, 28 time, 23 quantity, 14 group (organisations), 6 artifact. 0 when unknown.
 * Lets "which officer" and "shift foreman" meet as person without knowing either word.
 */
export const NOUN_CLASS_FILE = join(projectRoot(), 'src', 'nlp', 'nounClass.txt');

const NAMES: Record<number, string> = {
  3: 'top',
  4: 'act',
  5: 'animal',
  6: 'artifact',
  7: 'attribute',
  8: 'body',
  9: 'cognition',
  10: 'communication',
  11: 'event',
  12: 'feeling',
  13: 'food',
  14: 'group',
  15: 'location',
  16: 'motive',
  17: 'object',
  18: 'person',
  19: 'phenomenon',
  20: 'plant',
  21: 'possession',
  22: 'process',
  23: 'quantity',
  24: 'relation',
  25: 'shape',
  26: 'state',
  27: 'substance',
  28: 'time',
};
/** A class number's name, for --explain. */
export const nounClassName = (n: number): string => NAMES[n] ?? 'none';

let classes: Map<string, number> | undefined;

function load(): Map<string, number> {
  const m = new Map<string, number>();
  let text = '';
  try {
    text = readFileSync(NOUN_CLASS_FILE, 'utf8');
  } catch (e) {
    process.emitWarning(`WordNet noun classes unavailable (${(e as Error).message}): answering without them`);
  }
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    m.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return m;
}

/** The class of a lower-case noun, singular or a regular plural ("cities" → city); 0 if unknown. */
export function nounClassOf(word: string): number {
  classes ??= load();
  const hit = classes.get(word);
  if (hit !== undefined) return hit;
  if (word.length < 4 || !word.endsWith('s')) return 0;
  if (word.endsWith('ies')) return classes.get(`${word.slice(0, -3)}y`) ?? 0;
  return classes.get(word.slice(0, -1)) ?? (word.endsWith('es') ? (classes.get(word.slice(0, -2)) ?? 0) : 0);
}
