import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// A port of ../shared/qa/grade.mjs, so the project's own question sets are scored without ../shared.
// Keep the rules identical: tests/support/grade.test.ts compares both reports when ../shared is there.

/** One line of a question set: `answers` lists alias groups, null when the coverage is silent. */
export interface GoldQuestion {
  id: string;
  q: string;
  answers: string[][] | null;
  sources?: string[];
}

/** The counts grade.mjs prints; `score` is its percentage, rounded to one decimal as printed. */
export interface Grade {
  ok: number;
  total: number;
  answerable: number;
  answeredRight: number;
  supported: number;
  unanswerable: number;
  abstained: number;
  falseAbstains: number;
  badCitations: number;
  misses: string[];
  score: number;
}

const MAX_WORDS = 12;

const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const has = (text: unknown, alias: string): boolean =>
  new RegExp(`(^|[^a-z0-9])${esc(norm(alias))}($|[^a-z0-9])`).test(norm(text));

/** The corpus as grade.mjs searches it: every non-hidden file, normalised to words. */
export function readCorpus(dir: string): string {
  const text = readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  return norm(text).replace(/[^a-z0-9]+/g, ' ');
}

export function readQuestions(path: string): GoldQuestion[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GoldQuestion);
}

type Loose = Record<string, unknown>;
const record = (v: unknown): Loose => (typeof v === 'object' && v !== null ? (v as Loose) : {});
const quoted = (c: Loose): unknown => c.sentence ?? c.text ?? '';

/**
 * Scores answers (objects as parsed from grade.mjs's ANSWERS.jsonl, in question order) against a set:
 * a right answer of at most 12 words with a cited corpus sentence containing an alias, or an abstention
 * (`answer: null`) where the set's answers are null. `corpus` comes from readCorpus.
 */
export function grade(questions: GoldQuestion[], answers: unknown[], corpus: string, lenient = false): Grade {
  const inCorpus = (s: unknown): boolean => {
    const t = norm(s)
      .replace(/\.\.\.|…/g, ' ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    return t.length > 0 && corpus.includes(t);
  };
  const g: Grade = {
    ok: 0,
    total: questions.length,
    answerable: 0,
    answeredRight: 0,
    supported: 0,
    unanswerable: 0,
    abstained: 0,
    falseAbstains: 0,
    badCitations: 0,
    misses: [],
    score: 0,
  };
  questions.forEach((q, i) => {
    const a = record(answers[i]);
    const ans = a.answer ?? null;
    const cites = Array.isArray(a.citations) ? a.citations.map(record) : [];
    for (const c of cites) if (!inCorpus(quoted(c))) g.badCitations++;
    const groups = q.answers;
    if (groups === null) {
      g.unanswerable++;
      if (ans === null) {
        g.abstained++;
        g.ok++;
      } else g.misses.push(`${q.id} should abstain: ${String(ans).slice(0, 80)}`);
      return;
    }
    g.answerable++;
    if (ans === null) {
      g.falseAbstains++;
      g.misses.push(`${q.id} abstained: ${q.q}`);
      return;
    }
    const words = String(ans).split(/\s+/).length;
    const right =
      groups.every((group) => group.some((al) => has(ans, al))) && (lenient || words <= MAX_WORDS);
    const sup = cites.some(
      (c) => inCorpus(quoted(c)) && groups.some((group) => group.some((al) => has(quoted(c), al))),
    );
    if (right) g.answeredRight++;
    if (right && sup) {
      g.supported++;
      g.ok++;
    } else
      g.misses.push(`${q.id} ${right ? 'unsupported' : 'wrong'}: ${q.q} -> ${String(ans).slice(0, 100)}`);
  });
  g.score = Number(pct(g.ok, g.total));
  return g;
}

const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '-');

/** What grade.mjs prints for the same grade, line for line. */
export function report(g: Grade): string {
  const lines = g.misses.map((m) => `  miss ${m}`);
  lines.push(
    `answerable right ${g.answeredRight}/${g.answerable} (${pct(g.answeredRight, g.answerable)}%), right+cited ${g.supported}/${g.answerable}; abstained ${g.abstained}/${g.unanswerable}; false abstains ${g.falseAbstains}; citations not found in corpus ${g.badCitations}`,
    `score ${g.ok}/${g.total} = ${pct(g.ok, g.total)}%`,
  );
  return `${lines.join('\n')}\n`;
}
