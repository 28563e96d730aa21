import type { EvaluationActor, EvaluationFacts } from './evaluation-actor';

/** Every event of the lifecycle; later parts build the screens for the later ones. */
export const EVALUATION_EVENT_TYPES = [
  'ACCEPT',
  'DECLINE',
  'REASSIGN_FIRM',
  'CANCEL',
  'SUBMIT_PLAN',
  'RETURN_PLAN',
  'APPROVE_PLAN',
  'CLOSE_FIELDWORK',
  'SEND_FOR_FEEDBACK',
  'PRODUCE_FINAL',
  'SUBMIT_FOR_REVIEW',
  'SIGN_REVIEW',
  'RETURN_REVIEW',
  'ISSUE',
  'ACKNOWLEDGE',
  'RETURN_ISSUED',
  'ARCHIVE',
] as const;
export type EvaluationEventType = (typeof EVALUATION_EVENT_TYPES)[number];

/** Events whose comment is required (a reason for declining, cancelling or returning). */
export const EVENTS_REQUIRING_COMMENT: readonly EvaluationEventType[] = [
  'DECLINE',
  'CANCEL',
  'RETURN_PLAN',
  'RETURN_REVIEW',
  'RETURN_ISSUED',
];

export function isEvaluationEventType(value: unknown): value is EvaluationEventType {
  return typeof value === 'string' && (EVALUATION_EVENT_TYPES as readonly string[]).includes(value);
}

/** An event as the machine sees it: who sends it, the facts at that moment, and its payload. */
export interface EvaluationEvent {
  type: EvaluationEventType;
  actor: EvaluationActor;
  facts: EvaluationFacts;
  comment?: string;
  /** REASSIGN_FIRM: the firm chosen instead. */
  newFirmOrgId?: string;
}
