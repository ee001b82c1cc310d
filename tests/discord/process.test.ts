import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBot } from '../support/buildBot.js';
import { DiscordStandIn } from '../support/discordStandIn.js';
import { FIXTURE_CORPUS } from '../support/fixtureEngine.js';
import { APP_ID, BOT_TOKEN, GUILD_ID } from '../support/ids.js';
import { commandInteraction } from '../support/interactions.js';
import { expectCleanTraffic } from '../support/traffic.js';

/** `npm start` and `npm run deploy-commands` as real processes, in a folder without a .env. */
describe('the bot as a process', () => {
  let out: string;
  let work: string;
  let standIn: DiscordStandIn;
  beforeAll(async () => {
    [out, work, standIn] = await Promise.all([
      buildBot(),
      mkdtemp(join(tmpdir(), 'bot-')),
      new DiscordStandIn().start(),
    ]);
  });
  afterAll(async () => {
    expectCleanTraffic(standIn);
    await standIn.close();
    await Promise.all([
      rm(out, { recursive: true, force: true }),
      rm(work, { recursive: true, force: true }),
    ]);
  });

  const run = (entry: string, env: Record<string, string>) => {
    const child = spawn(process.execPath, [join(out, 'src', 'discord', entry)], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', CACHE_DIR: join(work, 'cache'), ...env },
    });
    const output = { stdout: '', stderr: '' };
    child.stdout.on('data', (c) => (output.stdout += String(c)));
    child.stderr.on('data', (c) => (output.stderr += String(c)));
    const exited = once(child, 'exit').then(([code]) => code as number | null);
    return { child, output, exited };
  };
  const configured = () => ({
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_CLIENT_ID: APP_ID,
    DISCORD_GUILD_ID: GUILD_ID,
    DISCORD_API_URL: standIn.apiUrl,
    CORPUS_DIR: FIXTURE_CORPUS,
    FEEDBACK_FILE: join(work, 'feedback.jsonl'),
  });

  it('GIVEN no token THEN npm start prints one line pointing to npm run ask and exits non-zero', async () => {
    const bot = run('main.js', {});
    expect(await bot.exited).toBe(1);
    expect(bot.output.stderr.trim().split('\n')).toHaveLength(1);
    expect(bot.output.stderr).toContain('npm run ask');
  });

  it('GIVEN a .env-style configuration THEN deploy-commands registers three guild commands', async () => {
    const deploy = run('deploy.js', configured());
    expect(await deploy.exited).toBe(0);
    expect(deploy.output.stdout.trim()).toBe(`3 commands registered in guild ${GUILD_ID}`);
  });

  it('GIVEN a running bot WHEN it gets SIGTERM THEN it answers first, then disconnects and exits 0, never logging the token', async () => {
    const bot = run('main.js', { ...configured(), LOG_LEVEL: 'debug' });
    await waitUntil(() => bot.output.stderr.includes('bot ready'), bot.child);
    const i = commandInteraction(
      'ask',
      [{ name: 'question', type: 3, value: 'Who won the 2022 World Cup?' }],
      '1700000000000000001',
    );
    standIn.gateway.dispatch('INTERACTION_CREATE', i);
    expect(((await standIn.callback(i)).body as { type: number }).type).toBe(4);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(standIn.gateway.connected).toBe(false);
    expect(bot.output.stderr).toContain('shutting down');
    expect(bot.output.stderr).not.toContain(BOT_TOKEN);
  });
});

async function waitUntil(ok: () => boolean, child: ChildProcess, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('the bot did not become ready');
    await new Promise((r) => setTimeout(r, 50));
  }
}
