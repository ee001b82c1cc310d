import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths pino must never print: the bot token, wherever it appears in a log object. */
export const REDACT = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'headers.authorization',
  '*.headers.authorization',
];

/**
 * Structured logs on stderr, so stdout carries only the requested output.
 * Pretty printing only when asked for (LOG_PRETTY=1).
 */
export function createLogger(opts: { level?: string; pretty?: boolean } = {}): Logger {
  const level = opts.level ?? process.env.LOG_LEVEL ?? 'info';
  const pretty = opts.pretty ?? process.env.LOG_PRETTY === '1';
  const redact = { paths: REDACT, censor: '[redacted]' };
  if (pretty) {
    return pino({
      level,
      redact,
      transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } },
    });
  }
  return pino({ level, redact }, pino.destination(2));
}
