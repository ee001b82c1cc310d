import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonIds, type Harness, startHarness } from '../support/botHarness.js';
import { stubEngine } from '../support/stubEngine.js';
import { expectCleanTraffic } from '../support/traffic.js';

const ask = (value: string, priv = false) => [
  { name: 'question', type: 3, value },
  ...(priv ? [{ name: 'private', type: 5, value: true }] : []),
];
const idFor = (ids: string[], prefix: string) => ids.find((id) => id.startsWith(prefix)) ?? '';

describe('buttons under an answer', () => {
  let h: Harness;
  let feedbackFile: string;
  beforeAll(async () => {
    feedbackFile = join(await mkdtemp(join(tmpdir(), 'feedback-')), 'feedback.jsonl');
    h = await startHarness({ engine: stubEngine, feedbackFile });
  });
  afterAll(async () => {
    expectCleanTraffic(h.standIn);
    await h.stop();
  });

  it('GIVEN an answer WHEN Sources is clicked THEN the full citations show privately: title, publisher, date and the quoted sentence', async () => {
    const answer = await h.command('ask', ask('Who opened the bridge?'));
    const { body } = await h.click(answer.body, idFor(buttonIds(answer.body), 'ask:sources:'));
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
    const fields = (body.data?.embeds?.[0] as { fields?: { name: string; value: string }[] } | undefined)
      ?.fields;
    expect(fields).toHaveLength(2);
    expect(fields?.[0]).toEqual({
      name: '[1] Harbor story 1',
      value: 'Riverton Gazette · 2025-03-14\n> “Mayor Elena Voss cut the ribbon @everyone.”',
    });
  });

  it('GIVEN an answer WHEN 👍 then 👎 are clicked THEN each vote is logged and appended as one JSON line', async () => {
    const answer = await h.command('ask', ask('Who opened the bridge?'));
    const ids = buttonIds(answer.body);
    const up = await h.click(answer.body, idFor(ids, 'ask:vote:up:'), '1400000000000000001');
    expect(up.body.data).toMatchObject({ content: 'Thanks, noted 👍', flags: MessageFlags.Ephemeral });
    await h.click(answer.body, idFor(ids, 'ask:vote:down:'), '1400000000000000002');
    const lines = (await readFile(feedbackFile, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.vote, l.userId, l.answerId])).toEqual([
      ['up', '1400000000000000001', answer.i.id],
      ['down', '1400000000000000002', answer.i.id],
    ]);
    expect(lines[0]).toMatchObject({ question: 'Who opened the bridge?', answer: 'Mayor Elena Voss' });
    expect(h.logs.filter((l) => l.includes('"answer feedback"'))).toHaveLength(2);
  });

  it('GIVEN a private answer WHEN Share is clicked THEN the same embed is posted to the channel, without a Share button', async () => {
    const answer = await h.command('ask', ask('Who opened the bridge?', true));
    const shared = await h.click(
      answer.body,
      idFor(buttonIds(answer.body), 'ask:share:'),
      '1400000000000000003',
    );
    expect(shared.body.type).toBe(4);
    expect(shared.body.data?.flags ?? 0).toBe(0);
    expect(shared.body.data?.content).toBe('Shared by <@1400000000000000003>');
    expect(shared.body.data?.embeds).toEqual(answer.body.data?.embeds);
    expect(buttonIds(shared.body).some((id) => id.startsWith('ask:share:'))).toBe(false);
  });

  it('GIVEN a button from before a restart WHEN Sources is clicked THEN the user is asked to ask again', async () => {
    const answer = await h.command('ask', ask('Who opened the bridge?'));
    const { body } = await h.click(answer.body, 'ask:sources:1299999999999999999');
    expect(body.data).toMatchObject({
      content: expect.stringContaining('ask again'),
      flags: MessageFlags.Ephemeral,
    });
  });
});
