import type { Summary } from '../bench/stats.js';
import type { NewsRow } from './news.js';
import type { OfficialRow } from './official.js';

export interface Report {
  date: string;
  seconds: number;
  squadThreshold: number;
  shippedThreshold: number;
  squad: { v2: OfficialRow[]; v2Shipped?: OfficialRow; v1: OfficialRow[]; v1Shipped?: OfficialRow };
  retrieval: Record<'v2' | 'v1', { first: number; five: number; n: number }>;
  news: Omit<NewsRow, 'times'>[];
  time: { squadArticle: Summary; defaultCorpus: Summary };
}

const f1 = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : x.toFixed(1));
const pair = (r: OfficialRow | undefined, a: 'em' | 'hasEm', b: 'f1' | 'hasF1'): string =>
  r ? `${f1(r[a])} / ${f1(r[b])}` : '–';
const ms = (x: number): string => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`;

/** The evaluation as one Markdown table (sections as rows), for the terminal and the README. */
export function renderTable(r: Report): string {
  const v2 = (s: string) => r.squad.v2.find((x) => x.system === s);
  const v1 = (s: string) => r.squad.v1.find((x) => x.system === s);
  const squadRow = (name: string, a: OfficialRow | undefined, b: OfficialRow | undefined): string =>
    `| ${name} | ${pair(a, 'em', 'f1')} | ${pair(a, 'hasEm', 'hasF1')} | ${a ? `${f1(a.noRight)}%` : '–'} | ${pair(b, 'em', 'f1')} |`;
  const lines = [
    `| SQuAD (official metric) | v2-tune EM / F1 | answerable EM / F1 | no-answer right | v1-train EM / F1 |`,
    '| --- | --- | --- | --- | --- |',
    squadRow(
      `this engine, CV by article, threshold ${r.squadThreshold} (best held-out EM)`,
      v2('ours'),
      v1('ours'),
    ),
    squadRow(
      `this engine, CV by article, shipped threshold ${r.shippedThreshold}`,
      r.squad.v2Shipped,
      r.squad.v1Shipped,
    ),
    squadRow('always "no answer"', v2('abstain'), undefined),
    squadRow('logistic regression, features only (paragraph given)', undefined, v1('logreg')),
    squadRow('BiDAF + self-attention + ELMo (paragraph given)', v2('bidaf'), undefined),
    squadRow('BERT-base (paragraph given)', v2('bert'), undefined),
    '',
    '| News (shared grader, shipped weights) | questions | score | first citation holds the answer | one of the top 5 sentences does |',
    '| --- | --- | --- | --- | --- |',
    ...r.news.map(
      (n) =>
        `| ${n.set}${n.set.endsWith('.test') ? ' (never trained on)' : n.set === 'dev' ? ' (never trained on)' : ' (trained on)'} | ${n.questions} | ${f1(n.score)}% | ${n.firstCited}/${n.answerable} | ${n.anyOfFive}/${n.answerable} |`,
    ),
    '',
    '| Retrieval on SQuAD (answerable, CV) | questions | first citation holds a gold span | one of the top 5 sentences does |',
    '| --- | --- | --- | --- |',
    `| v2-tune | ${r.retrieval.v2.n} | ${f1(r.retrieval.v2.first)}% | ${f1(r.retrieval.v2.five)}% |`,
    `| v1-train | ${r.retrieval.v1.n} | ${f1(r.retrieval.v1.first)}% | ${f1(r.retrieval.v1.five)}% |`,
    '',
    '| Answer time (shipped weights, each question asked once) | questions | p50 | p99 | max |',
    '| --- | --- | --- | --- | --- |',
    `| default corpus (5 articles) | ${r.time.defaultCorpus.n} | ${ms(r.time.defaultCorpus.p50)} | ${ms(r.time.defaultCorpus.p99)} | ${ms(r.time.defaultCorpus.max)} |`,
    `| a SQuAD article as the corpus (v2-tune) | ${r.time.squadArticle.n} | ${ms(r.time.squadArticle.p50)} | ${ms(r.time.squadArticle.p99)} | ${ms(r.time.squadArticle.max)} |`,
    '',
    `Measured ${r.date} in ${r.seconds} s.`,
  ];
  return lines.join('\n');
}
