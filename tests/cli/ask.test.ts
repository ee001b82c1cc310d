import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const run = (script: string, args: string[], input?: string) =>
  spawnSync('node', [join(root, 'dist/src/cli', script), ...args], {
    input,
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });

describe('ask CLI', () => {
  it('GIVEN a question with --json THEN stdout is one JSON line in the contract shape', () => {
    const r = run('ask.js', ['--json', 'Who chaired the meeting?']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const a = JSON.parse(lines[0] ?? '');
    expect(Object.keys(a)).toEqual(['question', 'answer', 'text', 'confidence', 'citations']);
    expect(a.citations[0]).toEqual({
      n: 1,
      articleId: expect.any(String),
      title: expect.any(String),
      sentence: expect.any(String),
    });
  });

  it('GIVEN questions on stdin THEN each is answered in order, one JSON line each', () => {
    const r = run('ask.js', ['--json'], 'Who chaired the meeting?\n\nWho won the 2022 World Cup?\n');
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((a) => a.question)).toEqual(['Who chaired the meeting?', 'Who won the 2022 World Cup?']);
    expect(out[1].answer).toBeNull();
  });

  it('GIVEN a bad line among questions on stdin THEN it still gets its JSON line, so answers stay aligned, and exit is 2', () => {
    const r = run(
      'ask.js',
      ['--json'],
      `Who chaired the meeting?\n${'x'.repeat(600)}\nWho won the 2022 World Cup?\n`,
    );
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[1].answer).toBeNull();
    expect(out[2].question).toBe('Who won the 2022 World Cup?');
    expect(r.status).toBe(2);
  });

  it.each([
    ['an empty question', ['   ']],
    ['a question over 500 characters', ['x'.repeat(501)]],
    ['an unknown flag', ['--nope', 'Who?']],
  ])('GIVEN %s THEN it exits 2 with one line on stderr and nothing on stdout', (_name, args) => {
    const r = run('ask.js', args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('GIVEN --explain THEN the reply comes first, then the top candidates with scores and feature contributions', () => {
    const r = run('ask.js', ['--explain', 'Who chaired the meeting?']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Q: Who chaired the meeting\?\n.*Cavo Dragone/);
    expect(r.stdout).toMatch(/top candidates/);
    expect(r.stdout).toMatch(/^1\. ".+"\s+score -?\d/m);
    // Each candidate lists signed feature contributions, and the decision states its threshold.
    expect(r.stdout).toMatch(/^\s+[+-]\d+\.\d\d\s+\S/m);
    expect(r.stdout).toMatch(/decision: (answer|abstain) \(confidence \d\.\d\d vs threshold \d\.\d\d/);
  });

  it('GIVEN --explain with --json THEN the JSON line keeps its contract and adds only the explanation', () => {
    const r = run('ask.js', ['--json', '--explain', 'Who chaired the meeting?']);
    const a = JSON.parse(r.stdout.trim());
    expect(Object.keys(a)).toEqual(['question', 'answer', 'text', 'confidence', 'citations', 'explanation']);
    expect(a.explanation.candidates[0]).toMatchObject({
      text: expect.any(String),
      score: expect.any(Number),
    });
  });

  it('GIVEN a missing corpus folder THEN it exits non-zero with a one-line error', () => {
    const r = run('ask.js', ['--corpus', '/nonexistent/dir', 'Who?']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/corpus folder not found/);
  });
});

describe('sources CLI', () => {
  it('GIVEN --json THEN it lists every article with its sentence count', () => {
    const r = run('sources.js', ['--json']);
    const list = JSON.parse(r.stdout);
    expect(list).toHaveLength(5);
    expect(list[0]).toMatchObject({
      id: expect.any(String),
      title: expect.any(String),
      sentences: expect.any(Number),
    });
  });
});
