import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { SentEmbed as Embed } from '../support/embeds.js';
import { STUB_SOURCES, stubEngine } from '../support/stubEngine.js';
import { useHarness } from '../support/useHarness.js';

describe('/sources', () => {
  const h = useHarness(async () => ({ engine: stubEngine }));

  it('GIVEN no article THEN the articles are listed, at most 25 a page, with number, title, publisher, date and sentence count', async () => {
    const { body } = await h.command('sources', []);
    const embed = body.data?.embeds?.[0] as Embed;
    expect(embed.title).toBe('30 articles in the coverage');
    const lines = embed.description?.split('\n') ?? [];
    expect(lines[0]).toBe(
      '**[1]** Harbor Bridge opens in \\*\\*Riverton\\*\\* — Riverton Gazette · 2025-03-01 · 10 sentences',
    );
    expect(lines).toHaveLength(25);
    expect(lines[24]).toBe(
      '**[25]** Council report number 25 on the harbor — Riverton Gazette · 2025-03-25 · 34 sentences',
    );
  });

  it('GIVEN an article picked from autocomplete THEN that article’s details are shown', async () => {
    const { body } = await h.command('sources', [{ name: 'article', type: 3, value: 'article-01' }]);
    const embed = body.data?.embeds?.[0] as Embed;
    expect(embed.title).toBe('[1] Harbor Bridge opens in \\*\\*Riverton\\*\\*');
    expect(embed.fields?.map((f) => [f.name, f.value])).toEqual([
      ['Publisher', 'Riverton Gazette'],
      ['Published', '2025-03-01'],
      ['Sentences', '10'],
      ['Id', 'article-01'],
    ]);
  });

  it('GIVEN an article nobody has THEN a short private note says so', async () => {
    const { body } = await h.command('sources', [{ name: 'article', type: 3, value: 'no such thing' }]);
    expect(body.data).toMatchObject({
      flags: MessageFlags.Ephemeral,
      content: expect.stringContaining('No article matches'),
    });
  });

  it('GIVEN an empty autocomplete THEN at most 25 titles are offered, each naming an article id', async () => {
    const { body } = await h.autocomplete('sources', [
      { name: 'article', type: 3, value: '', focused: true },
    ]);
    expect(body.type).toBe(8);
    const choices = body.data?.choices as { name: string; value: string }[];
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: '[1] Harbor Bridge opens in **Riverton**', value: 'article-01' });
    expect(choices.every((c) => STUB_SOURCES.some((s) => s.id === c.value))).toBe(true);
  });

  it('GIVEN typed words THEN only matching titles are offered', async () => {
    const { body } = await h.autocomplete('sources', [
      { name: 'article', type: 3, value: 'BRIDGE', focused: true },
    ]);
    expect(body.data?.choices).toEqual([
      { name: '[1] Harbor Bridge opens in **Riverton**', value: 'article-01' },
    ]);
  });
});
