import type { SentenceMatch } from '../match.js';
import { agreementFeatures } from './agreement.js';
import { alignFeatures } from './align.js';
import { boundaryFeatures } from './boundary.js';
import type { CandidateContext, QuestionContext } from './context.js';
import { distanceFeatures } from './distance.js';
import { echoFeatures } from './echo.js';
import { insideFeatures } from './inside.js';
import { lengthFeatures } from './length.js';
import { overlapFeatures } from './overlap.js';
import { pathFeatures } from './path.js';
import { retrievalFeatures } from './retrieval.js';
import { syntaxFeatures } from './syntax.js';
import { typeFeatures } from './type.js';
import type { FeatureSink } from './vector.js';
import { windowFeatures } from './window.js';

/** Families that read only the sentence: computed once, shared by its spans. */
const SENTENCE_FAMILIES = [overlapFeatures, retrievalFeatures];
/** Families that read the span alone: cheap, so the answer path scores every span with them first. */
const SHAPE_FAMILIES = [
  typeFeatures,
  lengthFeatures,
  insideFeatures,
  boundaryFeatures,
  echoFeatures,
  agreementFeatures,
];
/** Families that read the span against the question's words in its sentence. */
const CONTEXT_FAMILIES = [windowFeatures, distanceFeatures, syntaxFeatures, alignFeatures, pathFeatures];

/** Puts the features a sentence gives each of its spans into a sink. */
export function sentenceFeatures(qc: QuestionContext, m: SentenceMatch, f: FeatureSink): void {
  for (const family of SENTENCE_FAMILIES) family(qc, m, f);
}

/**
 * Puts a candidate answer's own features into a sink (its sentence's come from
 * `sentenceFeatures`). None reads an article's words, only their codes, shapes and
 * closed-class words.
 */
export function spanFeatures(qc: QuestionContext, c: CandidateContext, f: FeatureSink): void {
  shapeFeatures(qc, c, f);
  contextFeatures(qc, c, f);
}

/** The span's cheap features (its type, length and makeup). */
export function shapeFeatures(qc: QuestionContext, c: CandidateContext, f: FeatureSink): void {
  for (const family of SHAPE_FAMILIES) family(qc, c, f);
}

/** The span's features against the question's words around it. */
export function contextFeatures(qc: QuestionContext, c: CandidateContext, f: FeatureSink): void {
  for (const family of CONTEXT_FAMILIES) family(qc, c, f);
}
