/**
 * Work papers (工作底稿) under `/api/evaluations/:id/work-papers`: the firm's internal record per
 * indicator or per topic. Never visible to the unit or the bureau (404 on every route, RLS in the database).
 */

export interface WorkPaperAttachment {
  fileId: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedByName: string;
}

export const WORK_PAPER_EVENTS = ['created', 'edited', 'reviewed', 'attachment_added'] as const;
export type WorkPaperEvent = (typeof WORK_PAPER_EVENTS)[number];

/** One entry of a paper's append-only history. */
export interface WorkPaperHistoryEntry {
  seq: number;
  at: string;
  actorName: string;
  event: WorkPaperEvent;
  /** The paper's version after the event. */
  version: number;
  /** `reviewed`: the note; `attachment_added`: the file name. */
  note: string | null;
}

export interface WorkPaperSummary {
  id: string;
  /** The indicator of the evaluation's adopted system, or null for a topic paper. */
  indicatorId: string | null;
  /** The free title of a topic paper (e.g. 访谈记录), or null for an indicator paper. */
  topic: string | null;
  authorUserId: string;
  authorName: string;
  reviewerUserId: string | null;
  reviewerName: string | null;
  /** Set when the reviewer signed off the current text; cleared by every later edit. */
  reviewedAt: string | null;
  reviewNote: string | null;
  attachmentCount: number;
  createdAt: string;
  updatedAt: string;
  updatedByName: string;
  version: number;
}

export interface WorkPaper extends WorkPaperSummary {
  body: string;
  attachments: WorkPaperAttachment[];
  history: WorkPaperHistoryEntry[];
  /** The caller may edit it and add attachments now. */
  canEdit: boolean;
  /** The caller is its reviewer and may sign off the current text now. */
  canReview: boolean;
}

/** A firm user who may review papers. */
export interface WorkPaperReviewerOption {
  userId: string;
  displayName: string;
}

export interface WorkPaperList {
  papers: WorkPaperSummary[];
  /** The caller may write papers now (declared team member, fieldwork to review). */
  canWrite: boolean;
  reviewers: WorkPaperReviewerOption[];
}

export interface CreateWorkPaperRequest {
  indicatorId?: string | null;
  topic?: string | null;
  body: string;
  reviewerUserId?: string | null;
}

export interface SaveWorkPaperRequest {
  /** Topic papers may be renamed; ignored for indicator papers. */
  topic?: string | null;
  body: string;
  reviewerUserId: string | null;
  /** The version the edit started from; a stale version is refused with 409 CONFLICT. */
  version: number;
}

export interface ReviewWorkPaperRequest {
  note?: string;
  version: number;
}
