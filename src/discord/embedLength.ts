import type { APIEmbed } from 'discord.js';
import { LIMITS } from './limits.js';

/** The characters Discord counts towards an embed's 6000 total (the builders do not check it). */
export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Every per-part limit plus the total, for embeds we build and for tests that check replies. */
export function embedFits(e: APIEmbed): boolean {
  const fields = e.fields ?? [];
  return (
    (e.title?.length ?? 0) <= LIMITS.embedTitle &&
    (e.description?.length ?? 0) <= LIMITS.embedDescription &&
    (e.footer?.text.length ?? 0) <= LIMITS.footer &&
    fields.length <= LIMITS.fields &&
    fields.every((f) => f.name.length <= LIMITS.fieldName && f.value.length <= LIMITS.fieldValue) &&
    embedLength(e) <= LIMITS.embedTotal
  );
}

/** Drops trailing fields until the embed fits its 6000-character total; says how many went. */
export function fitEmbed(e: APIEmbed): APIEmbed {
  const fields = [...(e.fields ?? [])].slice(0, LIMITS.fields);
  let dropped = (e.fields?.length ?? 0) - fields.length;
  const build = (): APIEmbed => {
    const note = dropped ? ` · ${dropped} more not shown` : '';
    const footer = e.footer || note ? { ...e.footer, text: `${e.footer?.text ?? ''}${note}` } : undefined;
    const { fields: _all, ...rest } = e;
    return { ...rest, ...(fields.length ? { fields } : {}), ...(footer ? { footer } : {}) };
  };
  while (fields.length && embedLength(build()) > LIMITS.embedTotal) {
    fields.pop();
    dropped++;
  }
  return build();
}
