import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log.js';
import type { SentenceIndex } from '../search/store.js';
import { CorpusStore } from '../store/corpusStore.js';

/** One labelled question: SQuAD's single alias group, or the news sets' groups (all must be named). */
export interface Example {
  id: string;
  q: string;
  answers: string[][] | null;
  /** SQuAD only: the paragraph the question was written on (for labels and error analysis, never input). */
  para?: number;
}

/** A corpus with its questions. Cross-validation folds never split a group. */
export interface Group {
  name: string;
  set: 'v2-tune' | 'v1-train' | 'news';
  corpusDir: string;
  examples: Example[];
  /** SQuAD questions are scored by the official metric; news questions by the shared grader's rule. */
  metric: 'squad' | 'news';
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** The SQuAD articles of one set, each folder a corpus of its paragraphs. */
export function squadGroups(squadDir: string, set: 'v2-tune' | 'v1-train'): Group[] {
  const dir = join(squadDir, set);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .map((n) => {
      const name = n.replace(/\.jsonl$/, '');
      return {
        name,
        set,
        corpusDir: join(dir, name),
        metric: 'squad' as const,
        examples: readJsonl<Example>(join(dir, n)).map((e) => ({ ...e, q: e.q.replace(/\s+/g, ' ').trim() })),
      };
    });
}

/** The project's news question sets (`tests/qa/NAME.PART.jsonl`) with their corpora. */
export function newsGroups(root: string, part: 'tune' | 'test'): Group[] {
  const qa = join(root, 'tests/qa');
  return readdirSync(qa)
    .filter((n) => n.endsWith(`.${part}.jsonl`))
    .sort()
    .map((n) => {
      const name = n.replace(`.${part}.jsonl`, '');
      const fixture = join(root, 'tests/fixtures/corpora', name);
      const corpusDir = name === 'default' || !exists(fixture) ? join(root, 'corpus') : fixture;
      return {
        name: `${name}.${part}`,
        set: 'news' as const,
        corpusDir,
        metric: 'news' as const,
        examples: readJsonl<Example>(join(qa, n)),
      };
    });
}

const exists = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** Opens the index of a group's corpus, as the engine does (records cached per article). */
export async function indexOf(group: Group, cacheDir: string, log?: Logger): Promise<SentenceIndex> {
  const opened = await CorpusStore.open(group.corpusDir, { cacheDir, ...(log ? { log } : {}) });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value.index;
}
