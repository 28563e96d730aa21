export * from './report-document';
// The report model, its rendering and the consistency gate (issue 10)
export * from './report-model';
export * from './report-outline';
export {
  PLACEHOLDER_PATTERN,
  narrativeParagraphs,
  placeholderValues,
  reportDateText,
  resolveNarrative,
  type NarrativePiece,
} from './report-placeholders';
export {
  deductionReasonOf,
  deductionRows,
  indicatorRows,
  problemsFromDeductions,
  reportModelOf,
  type IndicatorWriting,
  type ReportSource,
} from './report-model-of';
export { ratePrinted, gradeScaleText } from './report-tables';
export { reportDocumentOf } from './report-document-of';
export { reportGate, gatePasses, typedFigureProblems, type GateProblem } from './report-gate';
export { checkNarrative, NARRATIVE_LIMITS, type NarrativeProblem } from './report-narrative-check';
export { scoreChanges, textChanges, type ScoreChange, type TextChange } from './report-diff';
export { milestonesOf } from './report-milestones';
export { reportDateOf, REPORT_TIME_ZONE } from './report-date';
