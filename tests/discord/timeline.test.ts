import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { buttonIds, type CallbackBody } from '../support/botHarness.js';
import { firstEmbed as embed } from '../support/embeds.js';
import { stubEngine } from '../support/stubEngine.js';
import { useHarness } from '../support/useHarness.js';

const buttons = (b: CallbackBody) =>
  ((b.data?.components ?? []) as { components: { custom_id: string; disabled: boolean }[] }[]).flatMap(
    (r) => r.components,
  );

describe('/timeline', () => {
  const h = useHarness(async () => ({ engine: stubEngine }));

  it('GIVEN a recap longer than one embed THEN page 1 shows dated, cited events, their sources, and paging buttons', async () => {
    const { body, cb, deferred } = await h.command('timeline', [{ name: 'topic', type: 3, value: 'harbor' }]);
    // Acknowledged before the (synchronous, possibly slow) recap is built, then edited in.
    expect(deferred).toBe(true);
    expect((cb.body as { type: number }).type).toBe(5);
    const e = embed(body);
    expect(e.title).toBe('Timeline about “harbor”');
    expect(e.description.split('\n')[0]).toMatch(/^\*\*2025-01-01\*\* — Event 1: .* \[1\]$/);
    expect(e.fields?.[0]?.name).toBe('Sources');
    expect(e.fields?.[0]?.value).toContain('[1] Harbor story 1 (Riverton Gazette · 2025-03-14)');
    expect(e.footer?.text).toMatch(/^Page 1 of \d+ · 60 events$/);
    expect(buttons(body).map((b) => b.disabled)).toEqual([true, false]);
  });

  it('GIVEN page 1 WHEN Next then Previous are clicked THEN the message is updated in place to page 2 and back', async () => {
    const first = await h.command('timeline', []);
    const next = await h.click(first.body, buttonIds(first.body)[1] ?? '');
    expect(next.body.type).toBe(7);
    expect(embed(next.body).footer?.text).toMatch(/^Page 2 of/);
    expect(embed(next.body).description).not.toEqual(embed(first.body).description);
    expect(buttons(next.body).map((b) => b.disabled)).toEqual([false, false]);
    const back = await h.click(next.body, buttonIds(next.body)[0] ?? '');
    expect(embed(back.body)).toEqual(embed(first.body));
  });

  it('GIVEN the last page THEN Next is disabled', async () => {
    let page = (await h.command('timeline', [])).body;
    for (let n = 0; n < 20 && !buttons(page)[1]?.disabled; n++)
      page = (await h.click(page, buttonIds(page)[1] ?? '')).body;
    const [, pages] = /Page (\d+) of (\d+)/.exec(embed(page).footer?.text ?? '') ?? [];
    expect(embed(page).footer?.text).toContain(`Page ${pages} of ${pages}`);
    expect(buttons(page).map((b) => b.disabled)).toEqual([false, true]);
  });

  it('GIVEN no matching events THEN it says so, without buttons', async () => {
    const { body } = await h.command('timeline', [{ name: 'topic', type: 3, value: 'nothing' }]);
    expect(embed(body).description).toContain('No dated events match');
    expect(body.data?.components).toEqual([]);
  });

  it('GIVEN a date it cannot read THEN a private note shows the formats it takes', async () => {
    const { body } = await h.command('timeline', [{ name: 'from', type: 3, value: 'whenever' }]);
    expect(body.data).toMatchObject({
      flags: MessageFlags.Ephemeral,
      content: expect.stringContaining('2025-08-20'),
    });
  });

  it('GIVEN dates written out THEN they are read like the CLI reads them and shown in the title', async () => {
    const { body } = await h.command('timeline', [
      { name: 'from', type: 3, value: 'March 2025' },
      { name: 'to', type: 3, value: '2025-06-30' },
    ]);
    expect(embed(body).title).toBe('Timeline from 2025-03 to 2025-06-30');
  });
});
