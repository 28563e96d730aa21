import {
  anchorLabel,
  changeSummary,
  FEEDBACK_DECISION_LABELS,
  type FeedbackChange,
  type FeedbackDecision,
  type ReportModel,
} from '@jixiao/domain';
import { beijingTime } from './archive-section';

/** The feedback form (附件2) as stored, with the head's signature and the scan's file row id. */
export interface FeedbackFormRow {
  period: string;
  evaluation_dates: string;
  firm_contact: string;
  firm_phone: string;
  unit_contact: string;
  unit_phone: string;
  no_opinion: boolean;
  filled_on: string | null;
  due_date: string;
  signed_by_name: string | null;
  signed_at: Date | null;
  scan_file_id: string | null;
  created_at: Date;
  version_seq: number;
  version_label: string;
  model: ReportModel;
}

/** One opinion with its answer (null while unanswered), as the archive lists them. */
export interface FeedbackOpinionRow {
  author_org_id: string;
  anchor: string;
  text: string;
  created_by_name: string;
  created_at: Date;
  decision: FeedbackDecision | null;
  reason: string | null;
  changes: FeedbackChange[] | null;
  answered_by_name: string | null;
  answered_at: Date | null;
}

export interface FieldRow {
  field: string;
  value: string;
}

/**
 * The form's fields as 附件2 lists them (evaluation, period, dates, contacts, opinions or 无意见, the
 * signature), one row each: the archive's record of what the unit confirmed.
 */
export function feedbackFormFields(
  form: FeedbackFormRow,
  evaluation: { title: string; firmName: string; unitName: string },
  opinions: number,
): FieldRow[] {
  const signature = form.signed_at
    ? `${form.signed_by_name ?? ''}（单位负责人）于 ${beijingTime(form.signed_at)} 签署确认`
    : '未签署';
  return [
    { field: '评价项目名称', value: evaluation.title },
    { field: '评价期间', value: form.period },
    { field: '评价时间', value: form.evaluation_dates },
    { field: '征求意见稿', value: `第 ${form.version_seq} 版（${form.version_label}）` },
    { field: '发出时间（北京时间）', value: beijingTime(form.created_at) },
    { field: '反馈截止日期', value: form.due_date },
    { field: '评价机构', value: evaluation.firmName },
    { field: '评价机构联系人', value: form.firm_contact },
    { field: '评价机构联系电话', value: form.firm_phone },
    { field: '被评价单位', value: evaluation.unitName },
    { field: '被评价单位联系人', value: form.unit_contact },
    { field: '被评价单位联系电话', value: form.unit_phone },
    { field: '反馈意见', value: form.no_opinion ? '无意见' : `${opinions} 条（见《意见及采纳情况》）` },
    { field: '填表日期', value: form.filled_on ?? '' },
    { field: '单位负责人签署', value: signature },
    { field: '盖章反馈表扫描件', value: form.scan_file_id ? '见本目录扫描件（已核对 SHA-256）' : '未上传' },
  ];
}

/** Who wrote an opinion: the unit on its form, or the commissioning bureau. */
export function opinionSource(row: Pick<FeedbackOpinionRow, 'author_org_id'>, unitOrgId: string): string {
  return row.author_org_id === unitOrgId ? '被评价单位' : '财政部门';
}

/** The answer's decision, 未答复 while there is none. */
export function decisionLabel(decision: FeedbackDecision | null): string {
  return decision ? FEEDBACK_DECISION_LABELS[decision] : '未答复';
}

/** The linked changes (score and text changes the adopted opinion caused), one line each. */
export function linkedChanges(changes: readonly FeedbackChange[] | null): string {
  return (changes ?? []).map(changeSummary).join('\n');
}

/** An opinion's anchor as the unit chose it: the heading or the indicator of the 交换意见稿. */
export function opinionPlace(anchor: string, model: Pick<ReportModel, 'scores'>): string {
  return anchorLabel(anchor, model);
}
