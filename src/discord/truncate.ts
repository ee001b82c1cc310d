const ELLIPSIS = '…';
/** A sentence end followed by whitespace: the preferred place to cut. */
const SENTENCE_END = /[.!?][)"'”’\]]*\s/g;

/**
 * Cuts `text` to at most `max` characters at a sentence end, else at a word boundary, and marks
 * the cut with an ellipsis. A trailing partial citation marker like "[1" is never left behind.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return ELLIPSIS.slice(0, max);
  const room = text.slice(0, max - ELLIPSIS.length + 1);
  let cut = -1;
  for (const m of room.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].trimEnd().length;
    if (end <= max - ELLIPSIS.length) cut = end;
  }
  // A sentence end far back would waste most of the room: fall back to a word boundary.
  if (cut < max / 2) cut = Math.max(cut, room.lastIndexOf(' ', max - ELLIPSIS.length));
  if (cut <= 0) cut = max - ELLIPSIS.length;
  let head = text.slice(0, cut).trimEnd();
  head = head
    .replace(/\[\d*$/, '')
    .replace(/\\$/, '')
    .trimEnd();
  return `${head}${ELLIPSIS}`;
}

/**
 * Joins whole lines up to `max` characters; lines that do not fit are dropped (never cut), and a
 * note says how many were left out. The note itself counts towards `max`.
 */
export function fitLines(lines: string[], max: number, note = (n: number) => `…and ${n} more`): string {
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i - 1;
    const reserve = rest > 0 ? note(rest).length + 1 : 0;
    const cost = line.length + (kept.length ? 1 : 0);
    if (used + cost + reserve > max) {
      // Nothing fits yet: a cut first line (at a sentence or word) beats an empty block.
      if (!kept.length) return [truncate(line, max - reserve), ...(rest ? [note(rest)] : [])].join('\n');
      return `${kept.join('\n')}\n${note(lines.length - i)}`;
    }
    kept.push(line);
    used += cost;
  }
  return kept.join('\n');
}
