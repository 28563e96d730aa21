import type { FeedbackFormView } from '@jixiao/contracts';
import type { FeedbackChange, FeedbackDecision, OpinionAuthor } from '@jixiao/domain';

export const FORM_COLUMNS = `f.report_version_id, f.period, f.evaluation_dates, f.firm_contact, f.firm_phone,
  f.unit_contact, f.unit_phone, f.no_opinion, f.filled_on::text AS filled_on, f.due_date::text AS due_date,
  f.signed_by_user_id, f.signed_by_name, f.signed_at, f.scan_file_id, sf.original_name AS scan_file_name,
  f.version, e.title, e.firm_name, e.unit_name`;

export interface FormRow {
  report_version_id: string;
  period: string;
  evaluation_dates: string;
  firm_contact: string;
  firm_phone: string;
  unit_contact: string;
  unit_phone: string;
  no_opinion: boolean;
  filled_on: string | null;
  due_date: string;
  signed_by_user_id: string | null;
  signed_by_name: string | null;
  signed_at: Date | null;
  scan_file_id: string | null;
  scan_file_name: string | null;
  version: number;
  title: string;
  firm_name: string;
  unit_name: string;
}

export function toFormView(row: FormRow): FeedbackFormView {
  return {
    reportVersionId: row.report_version_id,
    evaluationTitle: row.title,
    period: row.period,
    evaluationDates: row.evaluation_dates,
    firmName: row.firm_name,
    firmContact: row.firm_contact,
    firmPhone: row.firm_phone,
    unitName: row.unit_name,
    unitContact: row.unit_contact,
    unitPhone: row.unit_phone,
    noOpinion: row.no_opinion,
    filledOn: row.filled_on,
    signedByName: row.signed_by_name,
    signedAt: row.signed_at?.toISOString() ?? null,
    dueDate: row.due_date,
    scanFileId: row.scan_file_id,
    scanFileName: row.scan_file_name,
    version: row.version,
  };
}

export const OPINION_COLUMNS = `o.id, o.author_org_id, o.unit_org_id, o.anchor, o.text, o.created_by_name, o.created_at,
  o.version, a.decision, a.reason, a.changes, a.answered_by_name, a.answered_at, a.version AS answer_version`;

export interface OpinionRow {
  id: string;
  author_org_id: string;
  unit_org_id: string;
  anchor: string;
  text: string;
  created_by_name: string;
  created_at: Date;
  version: number;
  decision: FeedbackDecision | null;
  reason: string | null;
  changes: FeedbackChange[] | null;
  answered_by_name: string | null;
  answered_at: Date | null;
  answer_version: number | null;
}

/** An opinion as stored, with its answer when there is one. */
export interface StoredOpinion {
  id: string;
  authorOrgId: string;
  author: OpinionAuthor;
  anchor: string;
  text: string;
  createdByName: string;
  createdAt: string;
  version: number;
  answer: {
    decision: FeedbackDecision;
    reason: string;
    changes: FeedbackChange[];
    answeredByName: string;
    answeredAt: string;
    version: number;
  } | null;
}

export function toOpinion(row: OpinionRow): StoredOpinion {
  return {
    id: row.id,
    authorOrgId: row.author_org_id,
    author: row.author_org_id === row.unit_org_id ? 'unit' : 'bureau',
    anchor: row.anchor,
    text: row.text,
    createdByName: row.created_by_name,
    createdAt: row.created_at.toISOString(),
    version: row.version,
    answer:
      row.decision === null || row.answered_at === null || row.answer_version === null
        ? null
        : {
            decision: row.decision,
            reason: row.reason ?? '',
            changes: row.changes ?? [],
            answeredByName: row.answered_by_name ?? '',
            answeredAt: row.answered_at.toISOString(),
            version: row.answer_version,
          },
  };
}
