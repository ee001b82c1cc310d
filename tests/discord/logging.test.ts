import { EventEmitter } from 'node:events';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { logUnhandledRejections, type ProcessLike } from '../../src/discord/shutdown.js';
import { REDACT } from '../../src/log.js';
import { BOT_TOKEN } from '../support/ids.js';

describe('unhandled rejections', () => {
  it('GIVEN a rejection nobody handles THEN it is logged and the process stays up', () => {
    const lines: string[] = [];
    const log = pino({}, { write: (l: string) => void lines.push(l) });
    const proc = new EventEmitter() as unknown as ProcessLike;
    logUnhandledRejections(log, proc);
    (proc as unknown as EventEmitter).emit('unhandledRejection', new Error('lost promise'));
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      msg: 'unhandled rejection',
      err: { message: 'lost promise' },
    });
  });
});

describe('the token in logs', () => {
  it('GIVEN a log object that carries the token THEN pino prints [redacted] instead', () => {
    const lines: string[] = [];
    const log = pino(
      { redact: { paths: REDACT, censor: '[redacted]' } },
      { write: (l: string) => void lines.push(l) },
    );
    log.info({ token: BOT_TOKEN, client: { token: BOT_TOKEN } }, 'login');
    expect(lines.join('')).not.toContain(BOT_TOKEN);
    expect(lines.join('')).toContain('[redacted]');
  });
});
