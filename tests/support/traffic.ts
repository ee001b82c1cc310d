import type { APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import { embedFits } from '../../src/discord/embedLength.js';
import type { DiscordStandIn } from './discordStandIn.js';
import type { RecordedRequest } from './standInRest.js';

/** The message part of a request: a callback's `data`, or a webhook send/edit body itself. */
export function messageOf(r: RecordedRequest): Record<string, unknown> | undefined {
  const body = r.body as Record<string, unknown> | undefined;
  if (!body) return undefined;
  if (r.path.endsWith('/callback')) {
    const type = body.type as number;
    return type === 4 || type === 7 ? (body.data as Record<string, unknown>) : undefined;
  }
  return r.path.startsWith('/webhooks/') ? body : undefined;
}

const customIds = (m: Record<string, unknown>): string[] =>
  ((m.components ?? []) as { components?: { custom_id?: string }[] }[]).flatMap((row) =>
    (row.components ?? []).flatMap((c) => (c.custom_id ? [c.custom_id] : [])),
  );

/**
 * What must hold for everything the bot ever sent: Discord's schema accepts it, nobody can be
 * pinged, and every embed, content and custom_id is within Discord's limits.
 */
export function expectCleanTraffic(standIn: DiscordStandIn): void {
  expect(standIn.invalid()).toEqual([]);
  const messages = standIn.requests.flatMap((r) => {
    const m = messageOf(r);
    return m ? [{ where: `${r.method} ${r.path}`, m }] : [];
  });
  for (const { where, m } of messages) {
    expect(m.allowed_mentions, where).toEqual({ parse: [] });
    expect(((m.content as string | undefined) ?? '').length, where).toBeLessThanOrEqual(2000);
    for (const e of (m.embeds ?? []) as APIEmbed[]) expect(embedFits(e), where).toBe(true);
    for (const id of customIds(m)) expect(id.length, where).toBeLessThanOrEqual(100);
  }
}
