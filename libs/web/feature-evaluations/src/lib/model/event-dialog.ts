import type { TransitionRequest } from '@jixiao/contracts';
import { EVENTS_REQUIRING_COMMENT, type EvaluationEventType } from '@jixiao/domain';

/** What the confirm dialog of an event asks for. */
export interface EventDialog {
  event: EvaluationEventType;
  /** A reason is required (decline, cancel, return). */
  needsReason: boolean;
  /** Another roster firm must be chosen (REASSIGN_FIRM). */
  needsFirm: boolean;
  /** Shown as a danger button. */
  danger: boolean;
  /** Shown as the primary button. */
  primary: boolean;
}

const PRIMARY: readonly EvaluationEventType[] = [
  'ACCEPT',
  'SUBMIT_PLAN',
  'APPROVE_PLAN',
  'CLOSE_FIELDWORK',
  'SEND_FOR_FEEDBACK',
  'PRODUCE_FINAL',
  'SUBMIT_FOR_REVIEW',
  'SIGN_REVIEW',
  'ISSUE',
  'ACKNOWLEDGE',
  'ARCHIVE',
];

export function eventDialog(event: EvaluationEventType): EventDialog {
  const needsReason = EVENTS_REQUIRING_COMMENT.includes(event);
  return {
    event,
    needsReason,
    needsFirm: event === 'REASSIGN_FIRM',
    danger: needsReason,
    primary: PRIMARY.includes(event),
  };
}

/** Primary actions first, danger ones last, in the API's order otherwise. */
export function orderedEvents(events: readonly EvaluationEventType[]): EventDialog[] {
  const rank = (dialog: EventDialog): number => (dialog.primary ? 0 : dialog.danger ? 2 : 1);
  return events.map(eventDialog).sort((a, b) => rank(a) - rank(b));
}

export interface EventInput {
  comment: string;
  firmId: string | null;
}

/** Field name → translation key of what is missing, or null when the request can be sent. */
export function eventInputProblem(dialog: EventDialog, input: EventInput): 'comment' | 'firmId' | null {
  if (dialog.needsReason && !input.comment.trim()) return 'comment';
  if (dialog.needsFirm && !input.firmId) return 'firmId';
  return null;
}

export function transitionRequest(
  dialog: EventDialog,
  input: EventInput,
  version: number,
): TransitionRequest {
  const comment = input.comment.trim();
  return {
    event: dialog.event,
    version,
    ...(comment ? { comment } : {}),
    ...(dialog.needsFirm && input.firmId ? { firmId: input.firmId } : {}),
  };
}
