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
