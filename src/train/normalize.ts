/**
 * SQuAD's answer normalisation: lower case, no punctuation, no articles, single spaces.
 * Candidates that normalise alike say the same thing.
 */
export const normalizeAnswer = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[!-/:-@[-`{-~\u2013\u2014\u2018\u2019\u201c\u201d]/g, '')
    .replace(/\b(a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');

/** Whether a text names an alias as whole words, after normalisation (the news grader's test). */
export const mentions = (text: string, alias: string): boolean =>
  ` ${normalizeAnswer(text)} `.includes(` ${normalizeAnswer(alias)} `);
