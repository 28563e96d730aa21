import { writeTableXlsx, type ArchiveFile, type TableColumn } from '../codec';
import {
  beijingTime,
  STORED_FILE_COLUMNS,
  storedArchiveFile,
  type ArchiveContext,
  type ArchiveSection,
  type StoredFileRow,
} from './archive-section';
import {
  decisionLabel,
  feedbackFormFields,
  linkedChanges,
  opinionPlace,
  opinionSource,
  type FeedbackFormRow,
  type FeedbackOpinionRow,
  type FieldRow,
} from './feedback-rows';

const FOLDER = '08 征求意见';

/**
 * The feedback round (征求意见, 附件2): the form with the head's signature, every opinion with the team's
 * answer (decision, reason, linked changes, who and when), and the scan of the stamped form, checked
 * against its recorded SHA-256. An evaluation sent before forms existed has none: the folder then says so.
 */
export const FEEDBACK_SECTION: ArchiveSection = {
  folder: FOLDER,
  async files(context: ArchiveContext) {
    const { evaluation, db } = context;
    const [form] = await db.query<FeedbackFormRow>(
      `SELECT f.period, f.evaluation_dates, f.firm_contact, f.firm_phone, f.unit_contact, f.unit_phone, f.no_opinion,
              f.filled_on::text AS filled_on, f.due_date::text AS due_date, f.signed_by_name, f.signed_at,
              f.scan_file_id, f.created_at, v.seq AS version_seq, v.model->'options'->>'versionLabel' AS version_label,
              v.model
         FROM evaluation_feedback_form f
         JOIN evaluation_report_version v ON v.bureau_org_id = f.bureau_org_id AND v.id = f.report_version_id
        WHERE f.bureau_org_id = $1 AND f.evaluation_id = $2`,
      [evaluation.bureauOrgId, evaluation.id],
    );
    if (!form) {
      const none = await writeTableXlsx(
        '征求意见',
        [{ header: '说明', width: 60, value: (row: FieldRow) => row.value }],
        [{ field: '', value: '本项目未通过平台开展征求意见（无反馈表）。' }],
      );
      return [
        {
          section: FOLDER,
          name: '征求意见反馈表.xlsx',
          bytes: none,
          source: 'table:evaluation_feedback_form',
        },
      ];
    }
    // A unit's opinion counts from the head's signature on (before, it is the unit's own draft).
    const opinions = await db.query<FeedbackOpinionRow>(
      `SELECT o.author_org_id, o.anchor, o.text, o.created_by_name, o.created_at, a.decision, a.reason, a.changes,
              a.answered_by_name, a.answered_at
         FROM evaluation_feedback_opinion o
         LEFT JOIN evaluation_feedback_answer a ON a.bureau_org_id = o.bureau_org_id AND a.opinion_id = o.id
        WHERE o.bureau_org_id = $1 AND o.evaluation_id = $2 AND (o.author_org_id <> o.unit_org_id OR $3)
        ORDER BY o.created_at, o.id`,
      [evaluation.bureauOrgId, evaluation.id, form.signed_at !== null],
    );
    const formBook = await writeTableXlsx(
      '征求意见反馈表',
      [
        { header: '项目', width: 22, value: (row: FieldRow) => row.field },
        { header: '内容', width: 70, value: (row: FieldRow) => row.value },
      ],
      feedbackFormFields(form, evaluation, opinions.length),
    );
    const answersBook = await writeTableXlsx(
      '意见及采纳情况',
      [
        { header: '序号', width: 6, value: (row) => row.n },
        { header: '提出方', width: 12, value: (row) => opinionSource(row, evaluation.unitOrgId) },
        { header: '提出人', width: 12, value: (row) => row.created_by_name },
        { header: '提出时间', width: 20, value: (row) => beijingTime(row.created_at) },
        { header: '涉及章节或指标', width: 30, value: (row) => opinionPlace(row.anchor, form.model) },
        { header: '意见内容', width: 60, value: (row) => row.text },
        { header: '处理结果', width: 10, value: (row) => decisionLabel(row.decision) },
        { header: '理由', width: 50, value: (row) => row.reason ?? '' },
        { header: '关联修改', width: 50, value: (row) => linkedChanges(row.changes) },
        { header: '答复人', width: 12, value: (row) => row.answered_by_name ?? '' },
        { header: '答复时间', width: 20, value: (row) => beijingTime(row.answered_at) },
      ] satisfies TableColumn<FeedbackOpinionRow & { n: number }>[],
      opinions.map((row, i) => ({ ...row, n: i + 1 })),
    );
    const files: ArchiveFile[] = [
      {
        section: FOLDER,
        name: '征求意见反馈表.xlsx',
        bytes: formBook,
        source: 'table:evaluation_feedback_form',
      },
      {
        section: FOLDER,
        name: '意见及采纳情况.xlsx',
        bytes: answersBook,
        source: 'table:evaluation_feedback_opinion+evaluation_feedback_answer',
      },
    ];
    if (form.scan_file_id) {
      const [scan] = await db.query<StoredFileRow>(
        `SELECT ${STORED_FILE_COLUMNS} FROM evaluation_file f WHERE f.bureau_org_id = $1 AND f.id = $2`,
        [evaluation.bureauOrgId, form.scan_file_id],
      );
      if (!scan) throw new Error(`The stamped feedback form ${form.scan_file_id} is missing`);
      files.push(await storedArchiveFile(context, FOLDER, scan, '盖章反馈表-'));
    }
    return files;
  },
};
