import type { Corpus } from '../corpus/types.js';
import type { Logger } from '../log.js';

export interface SentenceIndex {
  corpus: Corpus;
}

export async function openIndex(
  corpus: Corpus,
  _opts: { cacheDir?: string; log?: Logger },
): Promise<SentenceIndex> {
  return { corpus };
}
