import type { ReportStage } from '@jixiao/contracts';
import type { EvaluationStatus } from '@jixiao/domain';

/** Which versions the team may save in which phase: 初稿 while drafting, the 交换意见稿 to send, the 终稿 after feedback. */
export const STAGES_BY_STATUS: Partial<Record<EvaluationStatus, readonly ReportStage[]>> = {
  draft: ['draft', 'for_feedback'],
  feedback: ['draft', 'final_draft'],
  final_draft: ['final_draft'],
  // Three-level review (issue 11): a correction during review is a new 终稿, flagged to the signers.
  review: ['final_draft'],
};

/** Printed on the cover. */
export const STAGE_LABELS: Record<ReportStage, string> = {
  draft: '初稿',
  for_feedback: '交换意见稿',
  final_draft: '终稿',
  issued: '',
};

/** Versions that leave the firm pass the consistency gate first. */
export const GATED_STAGES: readonly ReportStage[] = ['for_feedback', 'final_draft', 'issued'];
