export * from './framework.model';
export * from './evaluation.model';
export { SCORE_DECIMALS, RATE_DECIMALS, roundScore, roundRate, isDecimalString } from './decimal';
export { computeMeasures } from './measures';
export { evaluate } from './evaluate';
export { GRADE_SCALES, gradeFor } from './grades';
export { validateFramework, FRAMEWORK_NAME_MAX } from './validate-framework';
export { countIndicators } from './indicator-count';
export { validateOverrides } from './validate-overrides';
export { validateScoringInputs, type InputProblem } from './validate-inputs';
export { parseFramework } from './parse-framework';
export { consistencyReport } from './consistency';
export { bandContains, bandLabel, bandMessage, minInclusive, maxInclusive } from './bands';
export * from './builtin';
export {
  STANDARD_FIGURES,
  FIGURE_GROUPS,
  figureLabel,
  figureDefinition,
  type FigureDefinition,
  type FigureGroup,
} from './figures';
export { parseFormula, formatFormula } from './formula-text';
export { ruleSources, ruleProblems } from './validate-rule';
export { clauseProblems } from './validate-clauses';
export { figuresOf } from './measures';
export { describeUnscored } from './explain';
export { thresholdHolds } from './rules/threshold.rule';
export { localiseProblem, localiseResult, localiseReport } from './localise';
// Fiscal figures and the scoring workbench (issue 9)
export { ENGINE_VERSION } from './engine-version';
export {
  FIGURE_VERIFICATIONS,
  deductionReasonRequired,
  effectiveFigures,
  effectiveValue,
  engineInputs,
  neededFigures,
  ownsObservation,
  ratePercent,
  rateText,
  staleReasons,
  unscoredIndicators,
  unverifiedFigures,
  type FigureEntry,
  type FigureVerification,
  type StaleReason,
  type WorkbenchInputs,
} from './workbench';
