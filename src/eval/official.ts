import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One system's figures as the official SQuAD 2.0 script prints them. */
export interface OfficialRow {
  system: string;
  em: number;
  f1: number;
  hasEm: number;
  hasF1: number;
  noRight: number | null;
  n: number;
}

const LINE =
  /^(\S+): EM ([\d.]+) F1 ([\d.]+) \| answerable EM ([\d.]+) F1 ([\d.]+) \(\d+\) \| no-answer right ([\d.-]+) \((\d+)\) \| answered \d+\/(\d+)/;

/**
 * Scores answers with the official metric (`../shared/squad/score.mjs`), beside published
 * systems' predictions (files of `{id: answer}`) for the same questions. `answers` holds one
 * answer or null per question.
 */
export function officialScores(
  squadDir: string,
  workDir: string,
  name: string,
  questions: readonly unknown[],
  answers: readonly (string | null)[],
  published: Record<string, string>,
): OfficialRow[] {
  const q = join(workDir, `${name}.questions.jsonl`);
  const a = join(workDir, `${name}.answers.jsonl`);
  writeFileSync(q, `${questions.map((x) => JSON.stringify(x)).join('\n')}\n`);
  writeFileSync(a, `${answers.map((x) => JSON.stringify({ answer: x })).join('\n')}\n`);
  const systems = [`ours=${a}`, ...Object.entries(published).map(([k, f]) => `${k}=${f}`)];
  const out = execFileSync('node', [join(squadDir, 'score.mjs'), q, ...systems], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((l) => LINE.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      system: m[1] ?? '',
      em: Number(m[2]),
      f1: Number(m[3]),
      hasEm: Number(m[4]),
      hasF1: Number(m[5]),
      noRight: m[6] === '-' ? null : Number(m[6]),
      n: Number(m[8]),
    }));
}
