/**
 * The request list (资料清单): what the firm stores about an item (its `state`) and what everyone sees
 * (its `status`). The unit's submission lives in its own answer row, so the firm's decisions and the
 * unit's answers are written by different parties (row-level security) and the shown status joins both.
 */
export const REQUEST_STATES = ['draft', 'sent', 'accepted', 'more_requested', 'rejected', 'waived'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** 待发送 / 已发送 / 已提交 / 已接受 / 需补充 / 已退回 / 已豁免. */
export const REQUEST_STATUSES = [
  'draft',
  'sent',
  'submitted',
  'accepted',
  'more_requested',
  'rejected',
  'waived',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** States in which the item waits for the unit's answer. */
export const AWAITING_UNIT: readonly RequestState[] = ['sent', 'more_requested', 'rejected'];

/** The status shown for an item: its stored state, or 已提交 once the unit submitted the current round. */
export function requestStatusOf(state: RequestState, roundSubmitted: boolean): RequestStatus {
  return AWAITING_UNIT.includes(state) && roundSubmitted ? 'submitted' : state;
}

/** The item is settled: it no longer blocks closing fieldwork. */
export function requestSettled(status: RequestStatus): boolean {
  return status === 'accepted' || status === 'waived';
}

/** The unit has to answer it (the unit's 待办). */
export function requestAwaitsUnit(status: RequestStatus): boolean {
  return status === 'sent' || status === 'more_requested' || status === 'rejected';
}

/** The team has to review it (the team's 待办). */
export function requestAwaitsTeam(status: RequestStatus): boolean {
  return status === 'submitted';
}
