import type { Contribution, Explanation } from '../answer/explain.js';
import type { Answer } from '../answer/types.js';
import type { SourceInfo } from '../engine.js';

/** The JSON contract of `ask --json`: one line per answer, exactly these fields. */
export const renderAnswerJson = (a: Answer): string =>
  JSON.stringify({
    question: a.question,
    answer: a.answer,
    text: a.text,
    confidence: a.confidence,
    citations: a.citations.map(({ n, articleId, title, sentence }) => ({ n, articleId, title, sentence })),
  });

export const renderAnswerText = (a: Answer): string => `Q: ${a.question}\n${a.text}`;

export function renderSourcesText(sources: readonly SourceInfo[]): string {
  return sources
    .map((s, i) => {
      const meta = [s.publisher, s.author && `by ${s.author}`, s.published].filter(Boolean).join(', ');
      return `[${i + 1}] ${s.title}${meta ? ` (${meta})` : ''}\n    ${s.id}, ${s.sentences} sentences`;
    })
    .join('\n');
}

const num = (x: number): string => (x >= 0 ? `+${x.toFixed(2)}` : x.toFixed(2));
/** One feature's signed contribution, and its value unless it is a plain indicator. */
const contributionLine = (f: Contribution): string =>
  `   ${num(f.contribution).padStart(7)}  ${f.feature}${f.value !== 1 ? ` = ${f.value.toFixed(2)}` : ''}`;

/** `ask --explain`: how the question was read, the top candidates with their features, and the decision. */
export function renderExplanation(e: Explanation, features = 8): string {
  const lines = [
    `reading: wh=${e.reading.wh}${e.reading.head ? ` head=${e.reading.head}` : ''}; terms ${e.reading.terms
      .map((t) => `${t.word}(${t.kind}, idf ${t.idf})`)
      .join(' ')}`,
    '',
    'top candidates (ranker score, probability among all candidates):',
  ];
  e.candidates.forEach((c, i) => {
    lines.push(
      `${i + 1}. ${JSON.stringify(c.text)}  score ${c.score.toFixed(2)}  p ${c.probability.toFixed(3)}  [${c.articleId}]`,
    );
    lines.push(`   in: ${c.sentence}`);
    for (const f of c.contributions.slice(0, features)) lines.push(contributionLine(f));
  });
  const d = e.decision;
  lines.push(
    '',
    `decision: ${d.answered ? 'answer' : 'abstain'} (confidence ${d.confidence.toFixed(2)} vs threshold ${d.threshold.toFixed(2)}; P(answerable) ${d.answerable.toFixed(2)}, P(best is right) ${d.correct.toFixed(2)})`,
  );
  lines.push('  P(answerable) (log-odds):', ...d.contributions.slice(0, features).map(contributionLine));
  lines.push(
    '  P(best is right) (log-odds):',
    ...d.correctContributions.slice(0, features).map(contributionLine),
  );
  return lines.join('\n');
}
