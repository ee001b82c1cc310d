import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storeModel } from '../answer/model/bundle.js';
import { createLogger } from '../log.js';
import { newsGroups, squadGroups } from './dataset.js';
import {
  bestThreshold,
  crossValidate,
  newsAccuracy,
  prepareData,
  squadScores,
  trainFinal,
} from './pipeline.js';

/**
 * `npm run train`: trains the answer model on SQuAD (../shared/squad) and the project's own
 * news tuning sets (tests/qa/*.tune.jsonl, never the test parts) and writes
 * src/answer/model/weights.json. Deterministic: same data, same weights.
 *
 * The shipped abstain threshold is the one that handles the news tuning questions best out
 * of fold (a newsroom's questions are mostly answerable); the SQuAD-calibrated one is
 * recorded beside it for the evaluation.
 */
const root = process.cwd();
const squad = join(root, '../shared/squad');
const log = createLogger({ level: process.env.LOG_LEVEL ?? 'info' });
const started = performance.now();
const ms = (): number => Math.round(performance.now() - started);
const groups = [
  ...squadGroups(squad, 'v2-tune'),
  ...squadGroups(squad, 'v1-train'),
  ...newsGroups(root, 'tune'),
];
const data = await prepareData(groups, join(root, '.cache/train'), log);
log.info({ questions: data.prepared.length, ms: ms() }, 'candidates prepared');
const { outcomes, verified } = crossValidate(data);
const v2 = outcomes.filter((o) => o.prepared.group.set === 'v2-tune');
const news = outcomes.filter((o) => o.prepared.group.set === 'news');
const squadThreshold = bestThreshold((t) => squadScores(v2, t).em);
const threshold = bestThreshold((t) => newsAccuracy(news, t), 0.05);
const report = {
  threshold,
  squadThreshold,
  newsTuneOutOfFold: newsAccuracy(news, threshold),
  v2AtSquadThreshold: squadScores(v2, squadThreshold),
  v2AtThreshold: squadScores(v2, threshold),
};
log.info({ ...report, ms: ms() }, 'cross-validated');
const model = trainFinal(data, verified, threshold);
const squadCount = groups.filter((g) => g.metric === 'squad').length;
const newsNames = groups.filter((g) => g.metric === 'news').map((g) => g.name);
const trainedOn = `SQuAD v2-tune + v1-train (${squadCount} articles, CC BY-SA 4.0) and ${newsNames.join(', ')}: ${data.prepared.length} questions`;
const out = join(root, 'src/answer/model/weights.json');
writeFileSync(out, `${JSON.stringify({ ...storeModel(model, trainedOn), squadThreshold }, null, 2)}\n`);
mkdirSync(join(root, '.cache'), { recursive: true });
writeFileSync(join(root, '.cache/train.json'), `${JSON.stringify(report, null, 2)}\n`);
// Each news tune question's out-of-fold reply, for error analysis.
const newsLines = news.map((o) => ({
  id: o.prepared.example.id,
  q: o.prepared.example.q,
  gold: o.prepared.example.answers,
  best: o.answer,
  confidence: Math.round(o.confidence * 100) / 100,
  answered: o.answer !== '' && o.confidence >= threshold,
}));
writeFileSync(join(root, '.cache/train-news.jsonl'), newsLines.map((l) => JSON.stringify(l)).join('\n'));
log.info({ out, ms: ms() }, 'weights written');
