import type { AnswerModel, StoredModel } from './bundle.js';
import { loadStoredModel } from './bundle.js';
import stored from './weights.json' with { type: 'json' };

let model: AnswerModel | undefined;

/** The committed, trained answer model (written by `npm run train`), decoded once. */
export const answerModel = (): AnswerModel => {
  model ??= loadStoredModel(stored as unknown as StoredModel);
  return model;
};
