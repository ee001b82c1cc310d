import { describe, expect, it, vi } from 'vitest';

// The timeline command does not answer questions: keep the answering engine out of this test so
// it checks only the timeline contract.
vi.mock('../../src/answer/answer.js', () => ({ answerQuestion: () => undefined }));

const { main } = await import('../../src/cli/timeline.js');
const { UsageError } = await import('../../src/cli/run.js');
const { createLogger } = await import('../../src/log.js');

const run = async (argv: string[]) => {
  let out = '';
  await main(argv, createLogger({ level: 'silent' }), (s) => {
    out += s;
  });
  return out;
};

describe('timeline CLI', () => {
  it('GIVEN --json THEN stdout is one JSON array of {date, text, citations[{n, articleId, title, sentence}]}', async () => {
    const entries = JSON.parse(await run(['--corpus', 'corpus', '--json', '--cache', '']));
    expect(Array.isArray(entries)).toBe(true);
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) {
      expect(typeof e.date).toBe('string');
      expect(typeof e.text).toBe('string');
      expect(e.citations.length).toBeGreaterThan(0);
      for (const c of e.citations) {
        expect(Number.isInteger(c.n)).toBe(true);
        for (const k of ['articleId', 'title', 'sentence']) expect(typeof c[k]).toBe('string');
      }
    }
  });

  it('GIVEN --from/--to/--topic THEN only matching entries are printed', async () => {
    const entries = JSON.parse(
      await run(['--corpus', 'corpus', '--json', '--from', '2025-08-19', '--to', '2025-08-19']),
    );
    // Coarser entries (2025, 2025-08) contain the day, so they stay: bounds compare at each entry's precision.
    const dates: string[] = entries.map((e: { date: string }) => e.date);
    expect(dates.every((d) => '2025-08-19'.startsWith(d))).toBe(true);
    expect(dates).toContain('2025-08-19');
    const nato = JSON.parse(await run(['--corpus', 'corpus', '--json', '--topic', 'NATO founded']));
    expect(nato.map((e: { date: string }) => e.date)).toEqual(['1949']);
  });

  it('GIVEN no --json THEN lines carry [n] markers and a source list', async () => {
    const text = await run(['--corpus', 'corpus', '--to', '1991']);
    expect(text).toMatch(/^1949 +.*NATO.*\[1\]$/m);
    expect(text).toMatch(/^Sources:\n\[1\] .+: “.+”$/m);
  });

  it('GIVEN a bad --from THEN it is a usage error', async () => {
    await expect(run(['--from', 'someday'])).rejects.toBeInstanceOf(UsageError);
  });
});
