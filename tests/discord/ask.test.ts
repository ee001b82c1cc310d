import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { buttonIds } from '../support/botHarness.js';
import { stubEngine } from '../support/stubEngine.js';
import { useHarness } from '../support/useHarness.js';

const question = (value: string) => ({ name: 'question', type: 3, value });

describe('/ask with answers and citations', () => {
  const h = useHarness(async () => ({ engine: stubEngine }));

  it('GIVEN an answerable question THEN the embed shows the short answer first, then quoted evidence with [n], and how many sources agree', async () => {
    const { body } = await h.command('ask', [question('Who opened the Harbor Bridge?')]);
    expect(body.type).toBe(4);
    const embed = body.data?.embeds?.[0] as { title: string; description: string; footer: { text: string } };
    expect(embed.title).toBe('Who opened the Harbor Bridge?');
    expect(embed.description.startsWith('**Mayor Elena Voss**')).toBe(true);
    expect(embed.description).toContain('> [1] “Mayor Elena Voss cut the ribbon @everyone.”');
    expect(embed.description).toContain('> [2] “Voss opened the \\*bridge\\*.”');
    expect(embed.footer.text).toBe('2 of 30 sources agree · confidence 90%');
    expect(body.data?.flags ?? 0).toBe(0);
    expect(buttonIds(body).map((id) => id.split(':').slice(0, -1).join(':'))).toEqual([
      'ask:sources',
      'ask:vote:up',
      'ask:vote:down',
    ]);
  });

  it('GIVEN no answer but a related passage THEN the reply says no plainly and labels the passage as not an answer', async () => {
    const { body } = await h.command('ask', [question('How much is the toll?')]);
    const embed = body.data?.embeds?.[0] as { description: string; footer: { text: string } };
    expect(embed.description.startsWith('**The coverage does not answer this.**')).toBe(true);
    expect(embed.description).toContain(
      'Closest related passages (they do not answer the question):\n\n> [1] “Tolls were debated.”',
    );
    expect(embed.footer.text).toBe('Searched 30 articles');
  });

  it('GIVEN private: true THEN the answer is ephemeral and carries a Share button', async () => {
    const { body } = await h.command('ask', [
      question('Who opened it?'),
      { name: 'private', type: 5, value: true },
    ]);
    expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(buttonIds(body).some((id) => id.startsWith('ask:share:'))).toBe(true);
  });
});
