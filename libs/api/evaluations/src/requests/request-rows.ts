import type { RequestFile } from '@jixiao/contracts';
import type { RequestState } from '@jixiao/domain';

/** One `evaluation_request_item` row as `ITEM_COLUMNS` selects it. */
export interface ItemRow {
  id: string;
  evaluation_id: string;
  seq: number;
  title: string;
  reason: string;
  indicator_ids: string[];
  due_date: string | null;
  required: boolean;
  state: RequestState;
  round: number;
  decision_reason: string | null;
  sent_at: Date | null;
  version: number;
}

export const ITEM_COLUMNS = `i.id, i.evaluation_id, i.seq, i.title, i.reason, i.indicator_ids,
  i.due_date::text AS due_date, i.required, i.state, i.round, i.decision_reason, i.sent_at, i.version`;

/** One answer round as the caller may see it (RLS: the unit's drafts, everyone's submitted). */
export interface AnswerRow {
  item_id: string;
  round: number;
  explanation: string;
  submitted_at: Date | null;
  submitted_by_name: string | null;
  version: number;
}

export interface FileLinkRow {
  item_id: string;
  round: number;
  id: string;
  original_name: string;
  media_type: string;
  size: string;
  sha256: string;
  uploaded_at: Date;
  uploaded_by_name: string;
}

export function toRequestFile(row: FileLinkRow): RequestFile {
  return {
    id: row.id,
    name: row.original_name,
    mediaType: row.media_type,
    size: Number(row.size),
    sha256: row.sha256,
    uploadedAt: row.uploaded_at.toISOString(),
    uploadedByName: row.uploaded_by_name,
  };
}

/** The fields the team writes about an item. */
export interface ItemFields {
  title: string;
  reason: string;
  indicatorIds: readonly string[];
  dueDate: string | null;
  required: boolean;
}
