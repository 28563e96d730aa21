import type { RequestDecision, RequestEvent, RequestStatus } from '@jixiao/domain';
import type { TranslationKey } from '@jixiao/web-data-access';

/** Translation keys of the request list's statuses, decisions and history events. */
export function requestStatusKey(status: RequestStatus): TranslationKey {
  return `requests.status.${status}`;
}

export function requestDecisionKey(decision: RequestDecision): TranslationKey {
  return `requests.decision.${decision}`;
}

export function requestEventKey(event: RequestEvent): TranslationKey {
  return `requests.event.${event}`;
}

/** The line explaining a rejection, a request for more or a waiver. */
export function decisionReasonKey(status: RequestStatus): TranslationKey {
  if (status === 'more_requested') return 'requests.reason.more_requested';
  if (status === 'waived') return 'requests.reason.waived';
  return 'requests.reason.rejected';
}
