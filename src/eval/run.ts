import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuestion } from '../answer/answer.js';
import { answerModel } from '../answer/model/weights.js';
import { summarize } from '../bench/stats.js';
import { createLogger } from '../log.js';
import type { SentenceIndex } from '../search/store.js';
import { type Group, indexOf, newsGroups, squadGroups } from '../train/dataset.js';
import { bestThreshold, crossValidate, type Outcome, prepareData, squadScores } from '../train/pipeline.js';
import { gradeNews, holds, type NewsRow } from './news.js';
import { officialScores } from './official.js';
import { renderTable } from './table.js';

/**
 * `npm run eval`: the answer engine measured in one run, printed as one table and written to
 * .cache/eval.json. SQuAD figures are cross-validated by article (models never see the article
 * they answer); news figures use the shipped weights, and the test parts were never trained on.
 */
const root = process.cwd();
const shared = join(root, '../shared');
const squadDir = join(shared, 'squad');
const grader = join(shared, 'qa/grade.mjs');
if (!existsSync(squadDir) || !existsSync(grader)) {
  process.stderr.write('eval: ../shared/squad and ../shared/qa are needed (see README)\n');
  process.exit(1);
}
const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
const work = join(root, '.cache/eval');
mkdirSync(work, { recursive: true });
const started = performance.now();

// SQuAD, cross-validated by article exactly as `npm run train` does it.
const squad = [...squadGroups(squadDir, 'v2-tune'), ...squadGroups(squadDir, 'v1-train')];
const groups = [...squad, ...newsGroups(root, 'tune')];
const data = await prepareData(groups, join(root, '.cache/train'), log);
const { outcomes, verified } = crossValidate(data);
const ofSet = (set: Group['set']): Outcome[] => outcomes.filter((o) => o.prepared.group.set === set);
const v2 = ofSet('v2-tune');
const v1 = ofSet('v1-train');
const squadThreshold = bestThreshold((t) => squadScores(v2, t).em);
const shipped = answerModel().threshold;
const predictionsOf = (os: readonly Outcome[], t: number): (string | null)[] =>
  os.map((o) => (o.answer && o.confidence >= t ? o.answer : null));
const questionsOf = (os: readonly Outcome[]) => os.map((o) => o.prepared.example);
const abstainAll = join(work, 'always-abstain.json');
writeFileSync(abstainAll, '{}\n');
const predictions = (f: string): string => join(squadDir, 'predictions', f);
const v2Rows = officialScores(squadDir, work, 'v2-tune', questionsOf(v2), predictionsOf(v2, squadThreshold), {
  abstain: abstainAll,
  bidaf: predictions('bidaf-elmo-v2.json'),
  bert: predictions('bert-v2.json'),
});
const v2Shipped = officialScores(
  squadDir,
  work,
  'v2-tune-shipped',
  questionsOf(v2),
  predictionsOf(v2, shipped),
  {},
);
const v1Rows = officialScores(squadDir, work, 'v1-train', questionsOf(v1), predictionsOf(v1, 0), {
  logreg: predictions('logreg-v1.json'),
});
const v1Shipped = officialScores(
  squadDir,
  work,
  'v1-train-shipped',
  questionsOf(v1),
  predictionsOf(v1, shipped),
  {},
);

// Retrieval on SQuAD: the chosen answer's sentence (the first citation) and the top five retrieved.
function squadRetrieval(os: readonly Outcome[]) {
  let first = 0;
  let five = 0;
  let n = 0;
  os.forEach((o) => {
    const gold = o.prepared.example.answers;
    if (!gold) return;
    n++;
    const index = data.indexes.get(o.prepared.group) as SentenceIndex;
    const text = (id: number): string => index.corpus.sentences[id]?.clean ?? '';
    const v = verified[outcomes.indexOf(o)];
    if (v && v.sentenceId >= 0 && gold[0]?.some((a) => holds(text(v.sentenceId), [[a]]))) first++;
    if (o.prepared.retrieved.some((id) => gold[0]?.some((a) => holds(text(id), [[a]])))) five++;
  });
  return { first: (100 * first) / n, five: (100 * five) / n, n };
}

// Answer time with the shipped model, each SQuAD article as the corpus (first asking of each question).
const squadTimes: number[] = [];
for (const g of squad.filter((x) => x.set === 'v2-tune')) {
  const index = data.indexes.get(g) as SentenceIndex;
  for (const e of g.examples) {
    const t = performance.now();
    answerQuestion(index, e.q);
    squadTimes.push(performance.now() - t);
  }
}

// News: the shared grader on dev and on every tune and test part, with the shipped model.
const news: NewsRow[] = [];
const defaultIndex = await indexOf(
  { name: 'default', set: 'news', corpusDir: join(root, 'corpus'), examples: [], metric: 'news' },
  join(root, '.cache'),
  log,
);
news.push(gradeNews(defaultIndex, 'dev', join(shared, 'qa/dev.jsonl'), grader, work));
for (const part of ['tune', 'test'] as const) {
  for (const g of newsGroups(root, part)) {
    const index =
      g.corpusDir === defaultIndex.corpus.dir ? defaultIndex : await indexOf(g, join(root, '.cache'), log);
    news.push(gradeNews(index, g.name, join(root, 'tests/qa', `${g.name}.jsonl`), grader, work));
  }
}

const report = {
  date: new Date().toISOString().slice(0, 10),
  seconds: Math.round((performance.now() - started) / 1000),
  squadThreshold,
  shippedThreshold: shipped,
  squad: {
    v2: v2Rows,
    v2Shipped: v2Shipped[0],
    v1: v1Rows,
    v1Shipped: v1Shipped[0],
    v2Internal: squadScores(v2, squadThreshold),
  },
  retrieval: { v2: squadRetrieval(v2), v1: squadRetrieval(v1) },
  news: news.map(({ times, ...r }) => r),
  time: {
    squadArticle: summarize(squadTimes),
    defaultCorpus: summarize(
      news.filter((r) => r.set === 'dev' || r.set.startsWith('default')).flatMap((r) => r.times),
    ),
  },
};
writeFileSync(join(root, '.cache/eval.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${renderTable(report)}\n`);
