import type { Answer, Citation } from '../../src/answer/types.js';
import type { Engine, SourceInfo } from '../../src/engine.js';
import type { TimelineEntry } from '../../src/timeline/types.js';

/** A fixed engine for rendering tests: the bot must not care how answers are made. */
export const STUB_SOURCES: SourceInfo[] = Array.from({ length: 30 }, (_, k) => ({
  id: `article-${String(k + 1).padStart(2, '0')}`,
  title: k === 0 ? 'Harbor Bridge opens in **Riverton**' : `Council report number ${k + 1} on the harbor`,
  publisher: k % 2 ? 'Coastal Ledger' : 'Riverton Gazette',
  published: `2025-03-${String((k % 28) + 1).padStart(2, '0')}`,
  sentences: 10 + k,
}));

const citation = (n: number, sentence: string): Citation => ({
  n,
  articleId: `article-0${n}`,
  title: `Harbor story ${n}`,
  sentence,
  publisher: 'Riverton Gazette',
  published: '2025-03-14',
});

export function stubAnswer(question: string, citations: Citation[]): Answer {
  return {
    question,
    answer: 'Mayor Elena Voss',
    text: 'Mayor Elena Voss [1][2].',
    confidence: 0.9,
    citations,
    agreeing: 2,
    totalArticles: 30,
  };
}

export const abstain = (question: string): Answer => ({
  question,
  answer: null,
  text: 'The coverage does not say.',
  confidence: 0,
  citations: [],
  agreeing: 0,
  totalArticles: 30,
});

/** 60 dated events: more than one embed holds, so /timeline must page. */
const EVENTS: TimelineEntry[] = Array.from({ length: 60 }, (_, k) => ({
  date: `2025-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')}`,
  text: `Event ${k + 1}: the harbor council met and voted on item ${k + 1} of a long agenda about the new bridge and its tolls.`,
  citations: [citation((k % 3) + 1, `Sentence about event ${k + 1}.`)],
}));

/**
 * "who opened…" answers with citations; "boom" throws (the error path); "huge" returns text far
 * past every Discord limit; "toll" abstains with a related passage; anything else abstains.
 */
export const stubEngine: Engine = {
  corpus: { dir: '/stub', articles: [], sentences: [], hash: 'stub' },
  ask(question) {
    if (question.includes('boom')) throw new Error('engine exploded');
    if (/who opened/i.test(question))
      return stubAnswer(question, [
        citation(1, 'Mayor Elena Voss cut the ribbon @everyone.'),
        citation(2, 'Voss opened the *bridge*.'),
      ]);
    if (question.includes('huge')) {
      const long = 'The council debated the harbor bridge tolls at great length. '.repeat(60);
      return {
        ...stubAnswer(
          question.repeat(5),
          Array.from({ length: 40 }, (_, k) => citation(k + 1, long)),
        ),
        answer: long,
      };
    }
    if (question.includes('toll'))
      return { ...abstain(question), citations: [citation(1, 'Tolls were debated.')] };
    return abstain(question);
  },
  explain(question) {
    return { answer: this.ask(question) };
  },
  sources: () => STUB_SOURCES,
  source: (id) => STUB_SOURCES.find((s) => s.id === id),
  close: async () => {},
  timeline: (o = {}) => (o.topic === 'nothing' ? [] : EVENTS),
};
