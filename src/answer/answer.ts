import type { SentenceIndex } from '../search/store.js';
import type { Answer } from './types.js';

// Work in progress: abstains on everything until extraction lands.
export function answerQuestion(index: SentenceIndex, question: string): Answer {
  return {
    question,
    answer: null,
    text: 'The coverage does not say.',
    confidence: 0,
    citations: [],
    agreeing: 0,
    totalArticles: index.corpus.articles.length,
  };
}
