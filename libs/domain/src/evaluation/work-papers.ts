import type { EvaluationActor } from './evaluation-actor';
import type { EvaluationStatus } from './evaluation-status';
import { partyOf, type EvaluationParties } from './parties';
import type { RefusalCode } from './refusals';

/** Work papers (工作底稿) are written and reviewed from fieldwork until the report's review. */
export const WORK_PAPER_STATUSES: readonly EvaluationStatus[] = [
  'fieldwork',
  'draft',
  'feedback',
  'final_draft',
  'review',
];

export const WORK_PAPER_BODY_MAX = 50_000;
export const WORK_PAPER_TOPIC_MAX = 200;
export const WORK_PAPER_REVIEW_NOTE_MAX = 2_000;
export const WORK_PAPER_ATTACHMENTS_MAX = 50;

/** What a work paper is about: one indicator of the adopted system, or a free topic (e.g. 访谈记录). */
export type WorkPaperSubject = { indicatorId: string; topic: null } | { indicatorId: null; topic: string };

/** The facts of one paper its sign-off depends on. */
export interface WorkPaperReviewState {
  reviewerUserId: string | null;
  /** The paper's version the reviewer signed, or null when the current text is not reviewed. */
  reviewedVersion: number | null;
  version: number;
}

/**
 * Why `actor` may not sign off the paper now, or null when they may: only its designated reviewer,
 * a user of the firm, while work papers are open, and once per version of the text.
 */
export function workPaperReviewRefusal(
  paper: WorkPaperReviewState,
  situation: { status: EvaluationStatus; parties: EvaluationParties; actor: EvaluationActor },
): RefusalCode | null {
  const party = partyOf(situation.parties, situation.actor.organisationId);
  if (party === null) return 'not_a_party';
  if (party !== 'firm') return 'wrong_party';
  if (!WORK_PAPER_STATUSES.includes(situation.status)) return 'wrong_phase';
  if (paper.reviewerUserId !== situation.actor.userId) return 'not_work_paper_reviewer';
  if (paper.reviewedVersion === paper.version) return 'work_paper_reviewed_already';
  return null;
}
