import type {
  WorkPaperAttachment,
  WorkPaperEvent,
  WorkPaperHistoryEntry,
  WorkPaperSummary,
} from '@jixiao/contracts';

/** One `evaluation_work_paper` row as `PAPER_COLUMNS` returns it. */
export interface WorkPaperRow {
  id: string;
  indicator_id: string | null;
  topic: string | null;
  body: string;
  author_user_id: string;
  author_name: string;
  reviewer_user_id: string | null;
  reviewer_name: string | null;
  reviewed_version: number | null;
  reviewed_at: Date | null;
  review_note: string | null;
  attachment_count: number;
  created_at: Date;
  updated_at: Date;
  updated_by_name: string;
  version: number;
}

export const PAPER_COLUMNS = `
  p.id, p.indicator_id, p.topic, p.body, p.author_user_id, p.author_name, p.reviewer_user_id,
  p.reviewer_name, p.reviewed_version, p.reviewed_at, p.review_note, p.created_at, p.updated_at,
  p.updated_by_name, p.version,
  (SELECT count(*)::int FROM evaluation_work_paper_file f
    WHERE f.bureau_org_id = p.bureau_org_id AND f.paper_id = p.id) AS attachment_count`;

export function toSummary(row: WorkPaperRow): WorkPaperSummary {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    topic: row.topic,
    authorUserId: row.author_user_id,
    authorName: row.author_name,
    reviewerUserId: row.reviewer_user_id,
    reviewerName: row.reviewer_name,
    reviewedAt: row.reviewed_at?.toISOString() ?? null,
    reviewNote: row.review_note,
    attachmentCount: row.attachment_count,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    updatedByName: row.updated_by_name,
    version: row.version,
  };
}

export interface HistoryRow {
  seq: number;
  at: Date;
  actor_name: string;
  event: WorkPaperEvent;
  version: number;
  note: string | null;
}

export function toHistoryEntry(row: HistoryRow): WorkPaperHistoryEntry {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actorName: row.actor_name,
    event: row.event,
    version: row.version,
    note: row.note,
  };
}

export interface AttachmentRow {
  id: string;
  original_name: string;
  media_type: string;
  size: string;
  sha256: string;
  uploaded_at: Date;
  uploaded_by_name: string;
}

export function toAttachment(row: AttachmentRow): WorkPaperAttachment {
  return {
    fileId: row.id,
    name: row.original_name,
    mediaType: row.media_type,
    size: Number(row.size),
    sha256: row.sha256,
    uploadedAt: row.uploaded_at.toISOString(),
    uploadedByName: row.uploaded_by_name,
  };
}
