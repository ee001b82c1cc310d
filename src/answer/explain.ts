/** Why the engine answered as it did: its best candidates and what each feature added. */
export interface Explanation {
  question: string;
  /** What the question reader saw: the wh-class, head noun and weighted terms. */
  reading: { wh: string; head?: string; terms: { word: string; idf: number; kind: string }[] };
  candidates: ExplainedCandidate[];
  decision: {
    answered: boolean;
    answerable: number;
    correct: number;
    confidence: number;
    threshold: number;
    /** What moved P(answerable), and P(best is right), in log-odds. */
    contributions: Contribution[];
    correctContributions: Contribution[];
  };
}

export interface ExplainedCandidate {
  text: string;
  score: number;
  /** Softmax probability among all candidates. */
  probability: number;
  sentence: string;
  articleId: string;
  contributions: Contribution[];
}

export interface Contribution {
  feature: string;
  value: number;
  contribution: number;
}
