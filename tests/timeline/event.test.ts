import { describe, expect, it } from 'vitest';
import { eventText, MAX_EVENT_CHARS } from '../../src/timeline/event.js';

const around = (s: string, word: string) => eventText(s, s.indexOf(word), s.indexOf(word) + word.length);

describe('eventText', () => {
  it('GIVEN a short sentence THEN it is the event text, without dateline or reference marks', () => {
    expect(around('BRUSSELS: Chiefs met on Wednesday [[1]].', 'Wednesday')).toBe('Chiefs met on Wednesday.');
  });

  it('GIVEN a long sentence THEN the clause around the date is kept within the limit', () => {
    const s = `${'Background words, '.repeat(8)}the ministers met on Monday, ${'and many more words follow here, '.repeat(6)}end.`;
    const t = around(s, 'Monday');
    expect(t.length).toBeLessThanOrEqual(MAX_EVENT_CHARS + 1);
    expect(t).toContain('the ministers met on Monday'.replace(/^t/, 'T').slice(1));
  });

  it('GIVEN a table row led by its date THEN the date key is dropped', () => {
    expect(around('August 18, 2025 Trump meets Zelenskyy.', 'August 18, 2025')).toBe(
      'Trump meets Zelenskyy.',
    );
  });

  it('GIVEN a comma inside a quotation THEN the quotation is not split', () => {
    const s = `They had a "great, candid discussion" on Wednesday, ${'x '.repeat(90)}the chair said.`;
    expect(around(s, 'Wednesday')).toContain('"great, candid discussion"');
  });
});
