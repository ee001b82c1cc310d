/** A callback body as the bot sent it: `type` 4 reply, 5 deferred, 7 update, 8 choices. */
export interface CallbackBody {
  type: number;
  data?: Record<string, unknown> & { content?: string; flags?: number; embeds?: Record<string, unknown>[] };
}

/** All custom_ids of the buttons in a message body. */
export function buttonIds(body: CallbackBody): string[] {
  const rows = (body.data?.components ?? []) as { components: { custom_id: string }[] }[];
  return rows.flatMap((r) => r.components.map((c) => c.custom_id));
}
