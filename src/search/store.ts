import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types.js';
import type { Logger } from '../log.js';
import { annotateArticle } from '../nlp/annotate.js';
import { buildLexicon } from '../nlp/lexicon.js';
import { spreadPersonNames } from '../nlp/names.js';
import { buildSearch, type IndexedDoc, MINISEARCH_OPTIONS } from './build.js';
import { KEY_RULES } from './terms.js';

/** Bump when tagging or the stored shape change. Key rules and repaired texts are fingerprinted anyway. */
export const ENGINE_VERSION = 'e3';

/**
 * The cache key: engine version, corpus bytes, the key rules and the repaired sentence texts
 * (stored tags are aligned to those texts, so a change in repair must rebuild).
 */
function cacheKey(corpus: Corpus): string {
  const h = createHash('sha256').update(ENGINE_VERSION).update(corpus.hash).update(KEY_RULES);
  for (const s of corpus.sentences) h.update(s.clean).update('\n');
  return h.digest('hex').slice(0, 16);
}

/** The corpus with its language work done: what answering needs, and nothing to recompute. */
export interface SentenceIndex {
  corpus: Corpus;
  mini: MiniSearch<IndexedDoc>;
  /** Document frequency of every index key. */
  df: Map<string, number>;
  /** Per sentence (by id): one code per token of its clean text (see nlp/posCodes). */
  pos: string[];
  /** Most frequent code of each folded word, for tagging questions. */
  lex: Record<string, string>;
}

interface Stored {
  version: string;
  hash: string;
  pos: string[];
  lex: Record<string, string>;
  df: [string, number][];
  mini: unknown;
}

async function annotate(corpus: Corpus): Promise<string[]> {
  const pos: string[] = [];
  for (const a of corpus.articles) pos.push(...(await annotateArticle(a.sentences.map((s) => s.clean))));
  spreadPersonNames(
    corpus.sentences.map((s) => s.clean),
    pos,
  );
  return pos;
}

async function readCache(file: string, corpus: Corpus): Promise<SentenceIndex | undefined> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Stored;
    if (stored.version !== ENGINE_VERSION || stored.hash !== cacheKey(corpus)) return undefined;
    const mini = MiniSearch.loadJS<IndexedDoc>(stored.mini as never, MINISEARCH_OPTIONS);
    return { corpus, mini, df: new Map(stored.df), pos: stored.pos, lex: stored.lex };
  } catch {
    return undefined;
  }
}

/**
 * Returns the annotated index of a corpus: read from the cache folder when the corpus and
 * engine version are unchanged, else built (tagging every sentence once) and written there.
 */
export async function openIndex(
  corpus: Corpus,
  opts: { cacheDir?: string; log?: Logger },
): Promise<SentenceIndex> {
  const key = cacheKey(corpus);
  const file = opts.cacheDir ? join(opts.cacheDir, `index-${key}.json`) : undefined;
  const cached = file ? await readCache(file, corpus) : undefined;
  if (cached) return cached;
  const started = performance.now();
  const pos = await annotate(corpus);
  const { mini, df } = buildSearch(corpus);
  const lex = buildLexicon(
    corpus.sentences.map((s) => s.clean),
    pos,
  );
  opts.log?.info(
    { sentences: corpus.sentences.length, ms: Math.round(performance.now() - started) },
    'index built',
  );
  if (file && opts.cacheDir) {
    try {
      await mkdir(opts.cacheDir, { recursive: true });
      const stored: Stored = {
        version: ENGINE_VERSION,
        hash: key,
        pos,
        lex,
        df: [...df],
        mini: mini.toJSON(),
      };
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(stored));
      await rename(tmp, file);
    } catch (e) {
      opts.log?.warn({ err: (e as Error).message, dir: opts.cacheDir }, 'index cache not written');
    }
  }
  return { corpus, mini, df, pos, lex };
}
