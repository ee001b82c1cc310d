import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GoldQuestion, grade, readCorpus, report } from './grade.js';
import { sharedResource } from './shared.js';

// One case per rule of grade.mjs: matching, whole words, normalisation, the word limit, citations.
const dir = mkdtempSync(join(tmpdir(), 'grade-'));
const corpusDir = join(dir, 'corpus');
mkdirSync(corpusDir);
writeFileSync(
  join(corpusDir, 'a.txt'),
  'The ship Ever Given was refloated on Monday, 29 March.\nCaptain José O’Brien said the canal—reopened—was clear.',
);
writeFileSync(join(corpusDir, 'b.md'), 'Anne Smith chaired the meeting. Twelve tugs helped.');
writeFileSync(join(corpusDir, '.hidden'), 'A hidden sentence about Zorro.');

const Q = (id: string, answers: string[][] | null): GoldQuestion => ({ id, q: `question ${id}`, answers });
const QUESTIONS: GoldQuestion[] = [
  Q('q1', [['monday', 'march 29']]),
  Q('q2', [['jose'], ["o'brien"]]),
  Q('q3', [['ann']]),
  Q('q4', [['smith']]),
  Q('q5', [['smith']]),
  Q('q6', [['tugs'], ['twelve', '12']]),
  Q('q7', [['zorro']]),
  Q('q8', null),
  Q('q9', null),
  Q('q10', [['smith']]),
  Q('q11', [['refloated']]),
  Q('q12', [['monday']]),
];
const cite = (sentence: string) => [{ sentence }];
const ANSWERS: unknown[] = [
  { answer: 'Monday', citations: cite('The ship Ever Given was refloated on Monday, 29 March.') },
  {
    answer: 'Captain José O’Brien',
    citations: cite("Captain Jose O'Brien said the canal-reopened-was clear."),
  },
  { answer: 'Anne Smith', citations: cite('Anne Smith chaired the meeting.') },
  { answer: 'Smith', citations: cite('Anne Smith chaired the meeting in Paris.') },
  { answer: 'Smith', citations: cite('Twelve tugs helped.') },
  {
    answer: 'there were twelve tugs that helped the ship and they all worked very hard',
    citations: cite('Twelve tugs helped.'),
  },
  { answer: null, citations: [] },
  { answer: 'Zorro', citations: cite('A hidden sentence about Zorro.') },
  { answer: null, citations: [] },
  { answer: 'Anne Smith', citations: [{ text: 'Anne Smith chaired the meeting.' }] },
  { answer: 'refloated', citations: cite('The ship Ever Given … was refloated') },
  // q12 has no answer line at all: it counts as an abstention.
];

describe('grade (port of ../shared/qa/grade.mjs)', () => {
  it('GIVEN answers exercising every rule THEN only right, cited answers and true abstentions score', () => {
    const g = grade(QUESTIONS, ANSWERS, readCorpus(corpusDir));
    expect(g.misses).toEqual([
      'q3 wrong: question q3 -> Anne Smith',
      'q4 unsupported: question q4 -> Smith',
      'q5 unsupported: question q5 -> Smith',
      'q6 wrong: question q6 -> there were twelve tugs that helped the ship and they all worked very hard',
      'q7 abstained: question q7',
      'q8 should abstain: Zorro',
      'q12 abstained: question q12',
    ]);
    expect(g).toMatchObject({ ok: 5, total: 12, answerable: 10, answeredRight: 6, supported: 4 });
    expect(g).toMatchObject({
      unanswerable: 2,
      abstained: 1,
      falseAbstains: 2,
      badCitations: 2,
      score: 41.7,
    });
  });

  it('GIVEN lenient grading THEN an answer over 12 words counts too', () => {
    const g = grade(QUESTIONS, ANSWERS, readCorpus(corpusDir), true);
    expect(g.misses.some((m) => m.startsWith('q6'))).toBe(false);
    expect(g.score).toBe(50);
  });

  it('GIVEN a grade THEN the report ends with the score line the quality floors are read from', () => {
    const lines = report(grade(QUESTIONS, ANSWERS, readCorpus(corpusDir)))
      .trimEnd()
      .split('\n');
    expect(lines.at(-1)).toBe('score 5/12 = 41.7%');
    expect(lines[0]).toBe('  miss q3 wrong: question q3 -> Anne Smith');
  });
});

const shared = sharedResource('qa/grade.mjs', 'grader parity check');
describe.skipIf(shared.path === undefined)('grade agrees with ../shared/qa/grade.mjs', () => {
  it('GIVEN the same questions and answers THEN both print the same report, strict and lenient', () => {
    const questions = join(dir, 'questions.jsonl');
    const answers = join(dir, 'answers.jsonl');
    writeFileSync(questions, QUESTIONS.map((q) => JSON.stringify(q)).join('\n'));
    writeFileSync(answers, ANSWERS.map((a) => JSON.stringify(a)).join('\n'));
    for (const lenient of [false, true]) {
      const args = [shared.path ?? '', questions, answers, corpusDir, ...(lenient ? ['--lenient'] : [])];
      const theirs = execFileSync('node', args, { encoding: 'utf8' });
      expect(report(grade(QUESTIONS, ANSWERS, readCorpus(corpusDir), lenient))).toBe(theirs);
    }
  });
});
