import { LIMITS } from './limits.js';

/**
 * Button ids are `command:action:arg…`, so the router can hand a click to the command that
 * made the button. Discord refuses ids over 100 characters; we fail loudly when building one.
 */
export function customId(command: string, action: string, ...args: (string | number)[]): string {
  const id = [command, action, ...args].join(':');
  if (id.length > LIMITS.customId) throw new Error(`custom_id longer than ${LIMITS.customId}: ${id}`);
  return id;
}

export interface ParsedId {
  command: string;
  action: string;
  args: string[];
}

export function parseCustomId(id: string): ParsedId {
  const [command = '', action = '', ...args] = id.split(':');
  return { command, action, args };
}
