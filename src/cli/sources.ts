import { renderSourcesText } from './render.js';
import { COMMON_OPTIONS, openCliEngine, parseCli, runCli } from './run.js';

runCli('sources', async (log) => {
  const { values } = parseCli(COMMON_OPTIONS);
  if (values.help) {
    process.stdout.write('usage: npm run sources -- [--corpus DIR] [--json]\n');
    return;
  }
  const engine = await openCliEngine(values.corpus, values.cache, log);
  const sources = engine.sources();
  process.stdout.write(values.json ? `${JSON.stringify(sources)}\n` : `${renderSourcesText(sources)}\n`);
});
