/**
 * Where an evaluation stands (DOMAIN.md "The lifecycle of one evaluation"). A status is the
 * machine's state value as one string (`preparation.submitted`); a phase groups statuses for the
 * stepper and for due dates.
 */
export const EVALUATION_STATUSES = [
  'commissioned',
  'declined',
  'preparation.drafting',
  'preparation.submitted',
  'preparation.returned',
  'fieldwork',
  'draft',
  'feedback',
  'final_draft',
  'review',
  'issued',
  'acknowledged',
  'archived',
  'cancelled',
] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/** The phases shown in the stepper, in order; each may carry a due date. */
export const EVALUATION_PHASES = [
  'commission',
  'preparation',
  'fieldwork',
  'draft',
  'feedback',
  'review',
  'issue',
  'archive',
] as const;
export type EvaluationPhase = (typeof EVALUATION_PHASES)[number];

const PHASE_BY_STATUS: Record<EvaluationStatus, EvaluationPhase | null> = {
  commissioned: 'commission',
  declined: 'commission',
  'preparation.drafting': 'preparation',
  'preparation.submitted': 'preparation',
  'preparation.returned': 'preparation',
  fieldwork: 'fieldwork',
  draft: 'draft',
  feedback: 'feedback',
  final_draft: 'review',
  review: 'review',
  issued: 'issue',
  acknowledged: 'archive',
  archived: null,
  cancelled: null,
};

/** The phase a status belongs to; null once the evaluation is archived or cancelled. */
export function phaseOf(status: EvaluationStatus): EvaluationPhase | null {
  return PHASE_BY_STATUS[status];
}

export function isEvaluationStatus(value: unknown): value is EvaluationStatus {
  return typeof value === 'string' && (EVALUATION_STATUSES as readonly string[]).includes(value);
}

/** No further transition is possible. */
export function isClosedStatus(status: EvaluationStatus): boolean {
  return status === 'archived' || status === 'cancelled';
}

/** Due dates per phase, as ISO dates (`2026-03-31`). */
export type PhaseDueDates = Partial<Record<EvaluationPhase, string>>;

/**
 * The current phase is overdue when its due date lies before `today` (an ISO date in the bureau's
 * calendar) and the evaluation is still open.
 */
export function isOverdue(status: EvaluationStatus, dueDates: PhaseDueDates, today: string): boolean {
  const phase = phaseOf(status);
  if (!phase) return false;
  const due = dueDates[phase];
  return due !== undefined && due < today;
}
