/** Three-level review (三级复核, issue 11): the firm's internal review of the report. */

/** The firm's review levels, in signing order. */
export interface ReviewLevels {
  titles: string[];
  /** No titles stored: the default three. */
  isDefault: boolean;
  /** The caller is the firm's admin. */
  canEdit: boolean;
}

export interface SaveReviewLevelsRequest {
  titles: string[];
}

export type ReviewRoundOutcome = 'returned' | 'issued' | 'superseded';
export type ReviewNoteStatus = 'open' | 'resolved';

export interface ReviewSignOffView {
  level: number;
  title: string;
  signerUserId: string;
  signerName: string;
  signedAt: string;
  reportVersionId: string;
  reportVersionSeq: number;
  contentHash: string;
}

export interface ReviewRoundView {
  round: number;
  levels: number;
  levelTitles: string[];
  startedAt: string;
  startedByName: string;
  closedAt: string | null;
  outcome: ReviewRoundOutcome | null;
  returnReason: string | null;
  returnedByName: string | null;
  signOffs: ReviewSignOffView[];
}

export interface ReviewNoteView {
  id: string;
  round: number;
  level: number;
  /** `section:<key>` or `indicator:<id>`. */
  anchor: string;
  body: string;
  status: ReviewNoteStatus;
  authorName: string;
  createdAt: string;
  resolvedByName: string | null;
  resolvedAt: string | null;
  resolution: string | null;
  version: number;
}

/** What everyone sees: review is in progress, level k of n signed — nothing more. */
export interface ReviewProgress {
  inReview: boolean;
  signed: number;
  levels: number;
}

/** The firm's view of the review (null for the unit and the bureau). */
export interface ReviewInternal {
  rounds: ReviewRoundView[];
  notes: ReviewNoteView[];
  currentRound: number | null;
  /** The level waiting for a signature in the current round. */
  nextLevel: number | null;
  nextLevelTitle: string | null;
  /** Why the caller may not sign now (code and message), or null when they may. */
  signRefusal: { code: string; message: string } | null;
  canReturn: boolean;
  /** The caller may add and resolve notes (a reviewer of the firm while the report is in review). */
  canWriteNotes: boolean;
  /** The report (narrative or a new version) changed after a sign-off of the current round. */
  changedAfterSignOff: boolean;
  changedAt: string | null;
}

export interface ReviewView {
  progress: ReviewProgress;
  internal: ReviewInternal | null;
}

export interface AddReviewNoteRequest {
  anchor: string;
  body: string;
}

export interface ResolveReviewNoteRequest {
  resolution?: string;
  version: number;
}
