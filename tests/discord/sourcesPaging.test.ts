import { describe, expect, it } from 'vitest';
import { buttonIds } from '../support/botHarness.js';
import type { SentEmbed as Embed } from '../support/embeds.js';
import { stubEngine } from '../support/stubEngine.js';
import { useHarness } from '../support/useHarness.js';

describe('/sources on a large corpus', () => {
  const many = Array.from({ length: 120 }, (_, k) => ({
    id: `a${k + 1}`,
    title: `A long article title about the harbor bridge, its tolls and its traffic, number ${k + 1}`,
    publisher: 'Riverton Gazette',
    published: '2025-03-14',
    sentences: 12,
  }));
  const h = useHarness(async () => ({ engine: { ...stubEngine, sources: () => many } }));

  it('GIVEN more articles than one embed holds THEN the list pages with buttons, numbering across pages', async () => {
    const first = await h.command('sources', []);
    const e1 = first.body.data?.embeds?.[0] as Embed & { footer: { text: string } };
    expect(e1.title).toBe('120 articles in the coverage');
    expect(e1.footer.text).toMatch(/^Page 1 of \d+ · /);
    const next = await h.click(first.body, buttonIds(first.body)[1] ?? '');
    expect(next.body.type).toBe(7);
    const e2 = next.body.data?.embeds?.[0] as Embed;
    const firstOnPage2 = Number(/^\*\*\[(\d+)\]\*\*/.exec(e2.description ?? '')?.[1]);
    expect(firstOnPage2).toBe((e1.description?.split('\n').length ?? 0) + 1);
  });
});
