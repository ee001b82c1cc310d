import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedFits, embedLength, fitEmbed } from '../../src/discord/embedLength.js';
import { fitLines, truncate } from '../../src/discord/truncate.js';

describe('cutting text to Discord limits', () => {
  it('GIVEN text longer than the limit THEN it is cut after a whole sentence, with an ellipsis', () => {
    const text =
      'The bridge opened in March. It cost 120 million dollars. Traffic has been heavy since then.';
    expect(truncate(text, 60)).toBe('The bridge opened in March. It cost 120 million dollars.…');
  });

  it('GIVEN no sentence end in reach THEN it is cut between words, never inside one', () => {
    expect(truncate('alpha beta gamma delta epsilon', 20)).toBe('alpha beta gamma…');
  });

  it('GIVEN a cut that would land inside a citation marker THEN the partial marker is dropped', () => {
    const cut = truncate('Voss opened it [12] and then [13] was cited again by the ministry', 33);
    expect(cut).toBe('Voss opened it [12] and then…');
    expect(truncate('Voss spoke [1][2][34][35][36]', 25)).not.toMatch(/\[\d*…$/);
  });

  it('GIVEN text within the limit THEN it is unchanged', () => {
    expect(truncate('short', 10)).toBe('short');
  });

  it('GIVEN more lines than fit THEN whole lines are kept and a note counts the rest', () => {
    const lines = Array.from({ length: 10 }, (_, k) => `> [${k + 1}] “${'word '.repeat(10).trim()}”`);
    const out = fitLines(lines, 200);
    expect(out.length).toBeLessThanOrEqual(200);
    expect(
      out
        .split('\n')
        .slice(0, -1)
        .every((l) => lines.includes(l)),
    ).toBe(true);
    expect(out).toMatch(/…and \d+ more$/);
  });

  it('GIVEN any text and limit THEN truncate stays within the limit and never ends inside a [n] marker', () => {
    const word = fc.constantFrom('the', 'bridge.', '[1]', '[12]', '**bold**', 'Voss', '\\', 'opened!', '—');
    const text = fc.array(word, { maxLength: 200 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 300 }), (t, max) => {
        const cut = truncate(t, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (cut !== t) expect(cut).not.toMatch(/\[\d*…$/);
      }),
    );
  });
});

describe('embed totals', () => {
  it('GIVEN an embed THEN embedLength counts title, description, footer, author and every field', () => {
    const e = {
      title: 'ab',
      description: 'cde',
      footer: { text: 'f' },
      author: { name: 'gh' },
      fields: [{ name: 'i', value: 'jk' }],
    };
    expect(embedLength(e)).toBe(11);
  });

  it('GIVEN fields past 6000 characters in total THEN fitEmbed drops trailing fields and says how many', () => {
    const fields = Array.from({ length: 30 }, (_, k) => ({
      name: `[${k + 1}] source`,
      value: 'v'.repeat(1000),
    }));
    const e = fitEmbed({ title: 'Sources', fields });
    expect(embedFits(e)).toBe(true);
    expect(e.fields?.length).toBe(5);
    expect(e.footer?.text).toContain('25 more not shown');
  });
});
