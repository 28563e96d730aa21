import type { Amendment, AmendmentApprover, EvaluationFile } from '@jixiao/contracts';

/** The delivery dates of an evaluation, written by the database when the status changes. */
export interface DeliveryDatesRow {
  issued_at: Date | null;
  archive_due_date: string | null;
  acknowledged_at: Date | null;
  archived_at: Date | null;
  retain_until: string | null;
  archive_overdue: boolean;
}

export const DELIVERY_DATES_COLUMNS = `issued_at, archive_due_date::text AS archive_due_date, acknowledged_at,
  archived_at, retain_until::text AS retain_until,
  (archive_due_date < current_date AND status <> 'archived') AS archive_overdue`;

export interface AmendmentRow {
  id: string;
  seq: number;
  correction: string;
  reason: string;
  conclusion_impact: string;
  conclusions_changed: boolean;
  author_name: string;
  approver_name: string;
  created_at: Date;
}

export const AMENDMENT_COLUMNS = `id, seq, correction, reason, conclusion_impact, conclusions_changed, author_name,
  approver_name, created_at`;

export function toAmendment(row: AmendmentRow): Amendment {
  return {
    id: row.id,
    seq: row.seq,
    correction: row.correction,
    reason: row.reason,
    conclusionImpact: row.conclusion_impact,
    conclusionsChanged: row.conclusions_changed,
    authorName: row.author_name,
    approverName: row.approver_name,
    createdAt: row.created_at.toISOString(),
  };
}

export interface SealedScanRow {
  id: string;
  original_name: string;
  media_type: string;
  size: string;
  sha256: string;
  uploaded_at: Date;
  uploaded_by_name: string;
}

export function toSealedScan(row: SealedScanRow): EvaluationFile {
  return {
    id: row.id,
    purpose: 'issued_report',
    name: row.original_name,
    mediaType: row.media_type,
    size: Number(row.size),
    sha256: row.sha256,
    uploadedAt: row.uploaded_at.toISOString(),
    uploadedByName: row.uploaded_by_name,
  };
}

export interface ApproverRow {
  id: string;
  display_name: string;
}

export function toApprover(row: ApproverRow): AmendmentApprover {
  return { userId: row.id, displayName: row.display_name };
}
