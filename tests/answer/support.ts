import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spanText } from '../../src/answer/candidates.js';
import { type Candidate, candidatePool, type Pool } from '../../src/answer/pool.js';
import { type Question, readQuestion } from '../../src/answer/question.js';
import type { SentenceIndex } from '../../src/search/store.js';
import { CorpusStore } from '../../src/store/corpusStore.js';

/** An article: its title line and its paragraphs (a line may hold several sentences). */
export interface ArticleText {
  title: string;
  paragraphs: string[];
}

/**
 * A small news corpus of hand-made sentences, shared by the answer feature tests. The FAQ
 * article has a question answered by the sentence after it, and a heading ("Ticket prices…")
 * over a paragraph; one paragraph's second sentence needs its first ("…hosted it"); two articles say the award went to Elena Voss.
 */
export const NEWS: Record<string, ArticleText> = {
  summit: {
    title: 'Harbor summit opens in Riverton',
    paragraphs: [
      'Elena Voss chaired the Harbor summit on March 14, 2025.',
      'The summit was chaired by Elena Voss, officials said.',
      'The council honoured Tom Reed for his many years of loyal work at the busy harbour.',
      'Elena Voss, the mayor, opened the new bridge.',
    ],
  },
  north: {
    title: 'Rivers and markets of the north',
    paragraphs: [
      'The Vistula river flows through Warsaw.',
      'Fishermen in Porto sold fresh fish at the market.',
      'Oxygen was discovered by Carl Scheele in Uppsala, in 1773.',
      'The transport office counted 900 crossings on Monday.',
    ],
  },
  faq: {
    title: 'Questions about the Harbor summit',
    paragraphs: [
      'Where is the Harbor summit held? Riverton and Porto are considered.',
      'Ticket prices for visitors',
      'Day passes cost 20 euros at the gate.',
    ],
  },
  port: {
    title: 'Talks at the old port',
    paragraphs: ['The Harbor summit met at the old port. Anna Berg hosted it.'],
  },
  award: { title: 'Mayor wins award', paragraphs: ['The award went to Elena Voss on Monday.'] },
  cheers: {
    title: 'Riverton celebrates',
    paragraphs: ['Residents cheered as the award went to Elena Voss.'],
  },
};

/** Writes articles as plain-text files (title line, then paragraphs) into a fresh temp folder and indexes them. */
export async function openArticles(articles: Record<string, ArticleText>): Promise<SentenceIndex> {
  const dir = mkdtempSync(join(tmpdir(), 'answer-features-'));
  for (const [name, a] of Object.entries(articles))
    writeFileSync(join(dir, `${name}.txt`), `${a.title}\n\n${a.paragraphs.join('\n\n')}\n`);
  const opened = await CorpusStore.open(dir, {});
  // The index holds everything it read: the folder is not needed any more.
  rmSync(dir, { recursive: true, force: true });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value.index;
}

/** The index over NEWS; open it once per test file (tagging costs about a second). */
export const openNews = (): Promise<SentenceIndex> => openArticles(NEWS);

/** A question read against an index, and its candidate pool with every feature named. */
export function ask(index: SentenceIndex, text: string): { q: Question; pool: Pool } {
  const q = readQuestion(index, text);
  return { q, pool: candidatePool(index, q, { keep: true, explain: true }) };
}

/** The text a candidate offers. */
export const textOf = (c: Candidate): string => spanText(c.m.v, c.span);

/** The candidate offering exactly `text`, from the sentence containing `sentence` when given. */
export function candidate(pool: Pool, text: string, sentence?: string): Candidate {
  const found = pool.candidates.find(
    (c) => textOf(c) === text && (sentence === undefined || c.m.v.sentence.clean.includes(sentence)),
  );
  if (!found) throw new Error(`no candidate "${text}"${sentence ? ` in "${sentence}"` : ''}`);
  return found;
}

/** The candidate offering `text` (from the sentence containing `sentence`) for a question. */
export const candidateFor = (
  index: SentenceIndex,
  question: string,
  text: string,
  sentence?: string,
): Candidate => candidate(ask(index, question).pool, text, sentence);

/** A candidate's feature labels ("template" or "template: shown values"). */
export const labelsOf = (c: Candidate): string[] => c.features?.labels ?? [];

/** The labels of a candidate's features of one template. */
export const labelsNamed = (c: Candidate, name: string): string[] =>
  labelsOf(c).filter((l) => l === name || l.startsWith(`${name}: `));

/** The value of a candidate's feature by its label; 0 when it lacks it (features of value 0 are never added). */
export function featureValue(c: Candidate, label: string): number {
  const i = labelsOf(c).indexOf(label);
  return i < 0 ? 0 : (c.features?.values[i] ?? 0);
}

/** The weight slot of a candidate's feature by its label; undefined when it lacks it. */
export function slotOf(c: Candidate, label: string): number | undefined {
  const i = labelsOf(c).indexOf(label);
  return i < 0 ? undefined : c.features?.slots[i];
}
