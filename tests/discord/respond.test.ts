import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { describe, expect, it, vi } from 'vitest';
import { replyWithin, tell } from '../../src/discord/respond.js';

/** Just the reply methods, recording what they were given. */
const fakeInteraction = (state: { deferred?: boolean; replied?: boolean } = {}) => ({
  deferred: false,
  replied: false,
  ...state,
  reply: vi.fn(async () => undefined),
  deferReply: vi.fn(async () => undefined),
  editReply: vi.fn(async () => undefined),
  followUp: vi.fn(async () => undefined),
});
const asInteraction = (f: ReturnType<typeof fakeInteraction>) => f as unknown as RepliableInteraction;

describe('answering within Discord’s 3 s window', () => {
  it('GIVEN work that is ready at once THEN it is sent as the reply itself, with pings off', async () => {
    const i = fakeInteraction();
    await replyWithin(asInteraction(i), () => ({ content: 'hi' }), { budgetMs: 1000 });
    expect(i.deferReply).not.toHaveBeenCalled();
    expect(i.reply).toHaveBeenCalledWith({ content: 'hi', allowedMentions: { parse: [] } });
  });

  it('GIVEN work that outlasts the budget THEN the reply is deferred first and edited when the work is done', async () => {
    const i = fakeInteraction();
    const slow = () => new Promise<{ content: string }>((r) => setTimeout(r, 60, { content: 'late' }));
    await replyWithin(asInteraction(i), slow, { budgetMs: 5, onlyAsker: true });
    expect(i.deferReply).toHaveBeenCalledWith({ flags: MessageFlags.Ephemeral });
    expect(i.editReply).toHaveBeenCalledWith({ content: 'late', allowedMentions: { parse: [] } });
    expect(i.reply).not.toHaveBeenCalled();
  });

  it('GIVEN an interaction already deferred or answered THEN an error note edits or follows up instead of replying twice', async () => {
    const deferred = fakeInteraction({ deferred: true });
    await tell(asInteraction(deferred), 'oops');
    expect(deferred.editReply).toHaveBeenCalledWith({ content: 'oops', allowedMentions: { parse: [] } });
    const replied = fakeInteraction({ replied: true });
    await tell(asInteraction(replied), 'oops');
    expect(replied.followUp).toHaveBeenCalledWith({
      content: 'oops',
      allowedMentions: { parse: [] },
      flags: MessageFlags.Ephemeral,
    });
  });
});
