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
    // The engine may offer nearby sentences; label them so nobody reads them as the answer.
    ...(a.citations.length ? ['', 'Closest related passages (they do not answer the question):'] : []),
  ].join('\n');
}

/** `head`, then the quoted sentences with their [n] markers, as many whole ones as fit. */
function quoted(a: Answer, head: string): string {
  const lines = a.citations.map((c) => `> [${c.n}] “${plain(c.sentence)}”`);
  if (!lines.length) return head;
  const room = LIMITS.embedDescription - head.length - 2;
  return `${head}\n\n${fitLines(lines, room, (n) => `…and ${n} more under Sources`)}`;
}

/** Short answer first, then the evidence sentences. */
const evidence = (a: Answer) => quoted(a, `**${truncate(plain(a.answer ?? ''), 500)}**`);

function footer(a: Answer): string {
  if (a.answer === null) return `Searched ${a.totalArticles} articles`;
  const verb = a.agreeing === 1 ? 'agrees' : 'agree';
  return `${a.agreeing} of ${a.totalArticles} sources ${verb} · confidence ${Math.round(a.confidence * 100)}%`;
}

/** The /ask reply embed. Everything from the user or the articles is escaped and cut to fit. */
export function renderAnswer(a: Answer): APIEmbed {
  return fitEmbed({
    title: truncate(plain(a.question), LIMITS.embedTitle),
    description: a.answer === null ? quoted(a, abstention(a)) : evidence(a),
    color: a.answer === null ? NOT_FOUND : FOUND,
    footer: { text: footer(a) },
  });
}
