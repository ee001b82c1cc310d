import type { CallbackBody } from './callbacks.js';

/** The parts of a sent embed the tests read. */
// A type alias, not an interface: the API body is a plain record, which only aliases accept in a cast.
export type SentEmbed = {
  title: string;
  description: string;
  url?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
};

/** The first embed of a reply. */
export const firstEmbed = (b: CallbackBody): SentEmbed => b.data?.embeds?.[0] as SentEmbed;
