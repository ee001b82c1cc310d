import { describe, expect, it } from 'vitest';
import { readBotConfig } from '../../src/discord/config.js';
import { APP_ID, BOT_TOKEN } from '../support/ids.js';

describe('configuration', () => {
  it('GIVEN no DISCORD_TOKEN THEN one line says so and points to npm run ask', () => {
    const r = readBotConfig({ DISCORD_CLIENT_ID: APP_ID });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^DISCORD_TOKEN is not set.*npm run ask/);
    if (!r.ok) expect(r.error).not.toContain('\n');
  });

  it('GIVEN a token that cannot be a bot token THEN it is refused before connecting', () => {
    const r = readBotConfig({ DISCORD_TOKEN: 'hunter2', DISCORD_CLIENT_ID: APP_ID });
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('does not look like a bot token') });
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });

  it('GIVEN a complete .env THEN every setting is read, with the defaults for the optional ones', () => {
    const env = {
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_CLIENT_ID: APP_ID,
      DISCORD_API_URL: 'http://127.0.0.1:1/api/',
    };
    const r = readBotConfig(env);
    expect(r).toMatchObject({
      ok: true,
      value: { clientId: APP_ID, apiUrl: 'http://127.0.0.1:1/api', cooldownSeconds: 5 },
    });
    expect(r.ok && r.value.feedbackFile.endsWith('feedback.jsonl')).toBe(true);
    expect(readBotConfig({ ...env, COOLDOWN_SECONDS: 'soon' }).ok).toBe(false);
  });

  it('GIVEN WATCH_CORPUS THEN watching is on by default, off for false, and a typo is refused', () => {
    const env = { DISCORD_TOKEN: BOT_TOKEN, DISCORD_CLIENT_ID: APP_ID };
    expect(readBotConfig(env)).toMatchObject({ value: { watchCorpus: true } });
    expect(readBotConfig({ ...env, WATCH_CORPUS: 'false' })).toMatchObject({ value: { watchCorpus: false } });
    expect(readBotConfig({ ...env, WATCH_CORPUS: 'flase' })).toMatchObject({
      ok: false,
      error: 'WATCH_CORPUS must be true or false.',
    });
  });
});
