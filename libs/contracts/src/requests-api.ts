import type { RequestAction, RequestDecision, RequestEvent, RequestStatus } from '@jixiao/domain';

/** The request list (资料清单) of an evaluation: DTOs of `/api/evaluations/:id/requests…`. */

export interface RequestFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedByName: string;
}

/** The unit's answer in one round; a rejection or 补充资料 opens the next round. */
export interface RequestAnswer {
  round: number;
  explanation: string;
  files: RequestFile[];
  submittedAt: string | null;
  submittedByName: string | null;
  /** The answer row's version (0 before the first save). */
  version: number;
}

export interface RequestItem {
  id: string;
  /** The item's number in the list (1, 2, …). */
  seq: number;
  title: string;
  reason: string;
  /** Indicators of the evaluation's adopted system the material is evidence for. */
  indicatorIds: string[];
  dueDate: string | null;
  required: boolean;
  status: RequestStatus;
  round: number;
  overdue: boolean;
  daysOverdue: number;
  /** The reason of the latest reject / ask-for-more / waive. */
  decisionReason: string | null;
  sentAt: string | null;
  /** Every round's answer, oldest first; the last is the current one. */
  answers: RequestAnswer[];
  /** What the caller may do with this item now. */
  allowedActions: RequestAction[];
  version: number;
}

export interface RequestBoard {
  items: RequestItem[];
  counts: Record<RequestStatus, number>;
  overdue: number;
  /** The date the board was computed for (the server's calendar day). */
  today: string;
  /** The caller may add items (a declared team member in fieldwork). */
  canCreate: boolean;
  /** The caller may answer items (the unit's liaison or admin in fieldwork). */
  canAnswer: boolean;
  /** The adopted system's indicators, for linking items to them. */
  indicators: { id: string; name: string }[];
}

export interface RequestItemFields {
  title: string;
  reason: string;
  indicatorIds: string[];
  dueDate: string | null;
  required: boolean;
}

export type CreateRequestItemRequest = RequestItemFields;

export interface UpdateRequestItemRequest extends RequestItemFields {
  version: number;
}

export interface RequestDecisionRequest {
  decision: RequestDecision;
  reason?: string;
  /** The item version the caller saw. */
  version: number;
}

export interface SendRequestsRequest {
  /** Drafts to send; every draft when omitted. */
  itemIds?: string[];
}

export interface SaveRequestAnswerRequest {
  explanation: string;
  /** The answer version the caller saw (0 for a new answer). */
  version: number;
}

export interface SubmitRequestAnswerRequest {
  version: number;
}

export interface RequestHistoryEntry {
  seq: number;
  at: string;
  actorName: string;
  actorOrganisationName: string;
  event: RequestEvent;
  round: number;
  comment: string | null;
}

/** A required item neither accepted nor waived: it blocks closing fieldwork. */
export interface RequestBlocker {
  id: string;
  title: string;
}

/** Request-list to-dos on the home page (待办), one per evaluation and kind. */
export const REQUEST_TODO_ACTIONS = ['answer_requests', 'review_requests'] as const;
export type RequestTodoAction = (typeof REQUEST_TODO_ACTIONS)[number];
