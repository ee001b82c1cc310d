import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuestion } from '../answer/answer.js';
import { readQuestion } from '../answer/question.js';
import { retrieve } from '../answer/retrieve.js';
import type { Answer } from '../answer/types.js';
import type { SentenceIndex } from '../search/store.js';
import { mentions } from '../train/normalize.js';

export interface NewsRow {
  set: string;
  questions: number;
  /** The shared grader's score, percent. */
  score: number;
  /** Answerable questions whose first citation holds a gold alias, and whose top five retrieved sentences do. */
  firstCited: number;
  anyOfFive: number;
  answerable: number;
  /** Milliseconds per answer. */
  times: number[];
}

interface NewsQuestion {
  q: string;
  answers: string[][] | null;
}

export const holds = (sentence: string, answers: string[][]): boolean =>
  answers.every((g) => g.some((a) => mentions(sentence, a)));

/** The five best retrieved sentences for a question. */
export const topFive = (index: SentenceIndex, q: string): string[] =>
  retrieve(index, readQuestion(index, q))
    .slice(0, 5)
    .map((r) => r.view.sentence.clean);

/** Answers a news question set with the shipped model (as `ask` does) and grades it with the shared grader. */
export function gradeNews(
  index: SentenceIndex,
  set: string,
  questionsFile: string,
  grader: string,
  workDir: string,
): NewsRow {
  const qs = readFileSync(questionsFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as NewsQuestion);
  const times: number[] = [];
  const answers: Answer[] = qs.map(({ q }) => {
    const t = performance.now();
    const a = answerQuestion(index, q);
    times.push(performance.now() - t);
    return a;
  });
  const file = join(workDir, `${set}.answers.jsonl`);
  writeFileSync(file, `${answers.map((a) => JSON.stringify(a)).join('\n')}\n`);
  const out = execFileSync('node', [grader, questionsFile, file, index.corpus.dir], { encoding: 'utf8' });
  const score = Number(/score \d+\/\d+ = ([\d.]+)%/.exec(out)?.[1] ?? Number.NaN);
  let firstCited = 0;
  let anyOfFive = 0;
  let answerable = 0;
  qs.forEach((q, i) => {
    if (!q.answers) return;
    answerable++;
    const first = answers[i]?.citations[0]?.sentence;
    if (first && holds(first, q.answers)) firstCited++;
    if (topFive(index, q.q).some((s) => holds(s, q.answers ?? []))) anyOfFive++;
  });
  return { set, questions: qs.length, score, firstCited, anyOfFive, answerable, times };
}
