import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KEY_RULES } from '../search/terms.js';
import { ENGINE_VERSION } from './articleRecord.js';

/** Everything that decides what a record holds. A change to any rebuilds every record. */
export interface Rules {
  engine: string;
  /** Stop words and lemma table (search/terms.ts). */
  keys: string;
  /** Fingerprint of the code that cleans, splits, repairs, tags and keys text. */
  text: string;
}

/**
 * The code that shapes a record (a folder, or one module): reading, cleaning and splitting,
 * the tagger's use, tokens, lexicon counts, index keys, the record and its encoding. Hashed as
 * it is on disk (.ts or compiled .js), so an edit there rebuilds while answer, synonym,
 * assembly or timeline code changes freely.
 */
const INGESTION_CODE = [
  '../corpus/',
  '../nlp/annotate',
  '../nlp/names',
  '../nlp/posCodes',
  '../nlp/tokenize',
  '../nlp/lexicon',
  '../nlp/lemma',
  '../nlp/stopwords',
  '../search/terms',
  './articleRecord',
  './buildRecord',
  './shardFormat',
];

function textRules(): string {
  const ext = extname(fileURLToPath(import.meta.url));
  const h = createHash('sha256');
  for (const part of INGESTION_CODE) {
    const files = part.endsWith('/')
      ? readdirSync(new URL(part, import.meta.url))
          .filter((f) => f.endsWith(ext))
          .sort()
          .map((f) => part + f)
      : [part + ext];
    for (const f of files) h.update(f).update(readFileSync(new URL(f, import.meta.url)));
  }
  return h.digest('hex').slice(0, 16);
}

let current: Rules | undefined;
/** The rules of the running code (computed once). */
export const currentRules = (): Rules => {
  current ??= { engine: ENGINE_VERSION, keys: KEY_RULES, text: textRules() };
  return current;
};

/** A short id of a rule set: names the cache folder its records live in. */
export const rulesId = (r: Rules): string =>
  createHash('sha256')
    .update(r.engine)
    .update('\0')
    .update(r.keys)
    .update('\0')
    .update(r.text)
    .digest('hex')
    .slice(0, 16);

/** A record's key: the rules, the file's name (the article id comes from it) and its bytes. */
export const recordKey = (rules: string, file: string, bytes: Buffer): string =>
  createHash('sha256')
    .update(rules)
    .update('\0')
    .update(file)
    .update('\0')
    .update(bytes)
    .digest('hex')
    .slice(0, 24);
