import type { EvaluationParties } from './parties';

/** The machine's context: the parties and the progress of the internal review. */
export interface EvaluationContext {
  parties: EvaluationParties;
  /** Levels of the firm's internal review (三级复核: three by default). */
  reviewLevels: number;
  /** Levels signed in the current review round. */
  signedLevels: number;
}

export interface EvaluationInput {
  parties: EvaluationParties;
  reviewLevels?: number;
}

export const DEFAULT_REVIEW_LEVELS = 3;
