import type { EvaluationFile } from './evaluations-api';
import type { ReportVersionSummary } from './reports-api';

/** Delivery of an evaluation (出具, 验收, 归档, issue 11) under `/api/evaluations/:id/delivery`. */
export interface DeliveryView {
  /** When the report was issued (出具); null before, and again after the bureau returned it. */
  issuedAt: string | null;
  /** The archive deadline (归档期限): 60 days after issue, as an ISO date. */
  archiveDueDate: string | null;
  /** The deadline has passed and the evaluation is not archived yet. */
  archiveOverdue: boolean;
  /** When the bureau acknowledged receipt (验收). */
  acknowledgedAt: string | null;
  archivedAt: string | null;
  /** The end of the retention period (保管期限, at least 10 years after archiving), ISO date. */
  retainUntil: string | null;
  /** The issued version (正式报告): the signed 终稿's content, frozen, with its hash. */
  issuedVersion: ReportVersionSummary | null;
  /** Scans of the sealed report (盖章版). */
  sealedScans: EvaluationFile[];
  /** The caller may attach a scan of the sealed report now. */
  canUploadSealedScan: boolean;
  amendments: Amendment[];
  /** The caller may add an amendment (firm admin or team lead, once archived). */
  canAmend: boolean;
}

/** A correction made after archiving (更正记录): never edits the original, never changes itself. */
export interface Amendment {
  id: string;
  seq: number;
  /** What is corrected. */
  correction: string;
  reason: string;
  /** The effect on the evaluation's conclusions (对评价结论的影响). */
  conclusionImpact: string;
  conclusionsChanged: boolean;
  authorName: string;
  approverName: string;
  createdAt: string;
}

export interface AddAmendmentRequest {
  correction: string;
  reason: string;
  conclusionImpact: string;
  conclusionsChanged: boolean;
  /** A firm user with the reviewer role, not the author. */
  approverUserId: string;
}

/** A firm reviewer who may approve an amendment. */
export interface AmendmentApprover {
  userId: string;
  displayName: string;
}
