import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../answer/types.js';
import { fitEmbed } from '../embedLength.js';
import { plain } from '../escape.js';
import { LIMITS } from '../limits.js';
import { fitLines, truncate } from '../truncate.js';

const FOUND = 0x2b6cb0;
const NOT_FOUND = 0x718096;

/** An abstention said plainly: the user should not have to decode a score to learn "no". */
function abstention(a: Answer): string {
  return [
    `**The coverage does not answer this.** None of the ${a.totalArticles} articles I have says it.`,
    'Try other words, or use /sources to see what the articles cover.',
  ].join('\n');
}

/** Short answer first, then the evidence sentences quoted with their [n] markers. */
function evidence(a: Answer): string {
  const head = `**${truncate(plain(a.answer ?? ''), 500)}**`;
  const quotes = a.citations.map((c) => `> [${c.n}] “${plain(c.sentence)}”`);
  const room = LIMITS.embedDescription - head.length - 2;
  return `${head}\n\n${fitLines(quotes, room, (n) => `…and ${n} more under Sources`)}`;
}

function footer(a: Answer): string {
  if (a.answer === null) return `Searched ${a.totalArticles} articles`;
  const sources = a.agreeing === 1 ? 'source agrees' : 'sources agree';
  return `${a.agreeing} of ${a.totalArticles} ${sources} · confidence ${Math.round(a.confidence * 100)}%`;
}

/** The /ask reply embed. Everything from the user or the articles is escaped and cut to fit. */
export function renderAnswer(a: Answer): APIEmbed {
  return fitEmbed({
    title: truncate(plain(a.question), LIMITS.embedTitle),
    description: a.answer === null ? abstention(a) : evidence(a),
    color: a.answer === null ? NOT_FOUND : FOUND,
    footer: { text: footer(a) },
  });
}
