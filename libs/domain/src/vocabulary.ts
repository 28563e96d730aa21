/**
 * `@jixiao/domain/vocabulary`: the light part of the domain that every page of the web app needs at
 * start (organisation kinds, roles, abilities, the names of the evaluation's statuses, events and
 * work actions, the decimal-string check). It leaves out the scoring engine, the built-in systems,
 * the message catalogs, the password list and the lifecycle machine (xstate), so that importing it
 * does not pull them into the web app's initial bundle; pages that need those load them lazily
 * through `@jixiao/domain`.
 */
export * from './organisation/organisation-kind';
export * from './organisation/roles';
export * from './authorization/ability';
export * from './evaluation/evaluation-status';
export * from './evaluation/evaluation-kind';
export * from './evaluation/parties';
export * from './evaluation/evaluation-actor';
export * from './evaluation/evaluation-events';
export * from './evaluation/evaluation-context';
export * from './evaluation/work-actions';
export { isDecimalString } from './scoring/decimal-string';
// Feedback (征求意见, issue 11)
export {
  FEEDBACK_DECISIONS,
  type FeedbackDecision,
  type FeedbackFormStatus,
  type OpinionAuthor,
} from './feedback/feedback-form';
export { applyPlurals } from './messages/plural';
