import { writeTableXlsx, type ArchiveFile } from '../codec';
import { beijingTime, type ArchiveContext, type ArchiveSection } from './archive-section';
import {
  BUREAU_COPY_NOTICE,
  holdsReviewNotes,
  levelTitle,
  outcomeLabel,
  reviewAnchorLabel,
  type ReviewNoteRow,
  type ReviewRoundRow,
  type ReviewSignoffRow,
} from './review-rows';

const FOLDER = '09 三级复核';

/**
 * The firm's review (三级复核): every round with its levels and outcome (a return's reason), every
 * sign-off (who, when, the report version signed and its content hash) and — in the firm's package
 * only — the review notes with their anchors and resolution. The bureau's copy carries a notice instead
 * of the notes (they are internal to the firm, issue 11).
 */
export const REVIEW_SECTION: ArchiveSection = {
  folder: FOLDER,
  async files(context: ArchiveContext) {
    const { evaluation, db, audience } = context;
    const key = [evaluation.bureauOrgId, evaluation.id];
    const rounds = await db.query<ReviewRoundRow>(
      `SELECT round, levels, level_titles, started_at, started_by_name, closed_at, outcome, return_reason,
              returned_by_name
         FROM evaluation_review_round WHERE bureau_org_id = $1 AND evaluation_id = $2 ORDER BY round`,
      key,
    );
    const signoffs = await db.query<ReviewSignoffRow>(
      `SELECT s.round, s.level, s.signer_name, s.signed_at, v.seq AS version_seq,
              v.model->'options'->>'versionLabel' AS version_label, s.content_hash
         FROM evaluation_review_signoff s
         JOIN evaluation_report_version v ON v.bureau_org_id = s.bureau_org_id AND v.id = s.report_version_id
        WHERE s.bureau_org_id = $1 AND s.evaluation_id = $2 ORDER BY s.round, s.level`,
      key,
    );
    const files: ArchiveFile[] = [
      {
        section: FOLDER,
        name: '复核轮次.xlsx',
        bytes: await writeTableXlsx(
          '复核轮次',
          [
            { header: '轮次', width: 6, value: (row: ReviewRoundRow) => row.round },
            { header: '级数', width: 6, value: (row: ReviewRoundRow) => row.levels },
            { header: '各级', width: 50, value: (row: ReviewRoundRow) => row.level_titles.join(' / ') },
            { header: '提交复核', width: 14, value: (row: ReviewRoundRow) => row.started_by_name },
            { header: '开始时间', width: 20, value: (row: ReviewRoundRow) => beijingTime(row.started_at) },
            { header: '结果', width: 18, value: (row: ReviewRoundRow) => outcomeLabel(row.outcome) },
            { header: '结束时间', width: 20, value: (row: ReviewRoundRow) => beijingTime(row.closed_at) },
            { header: '退回人', width: 12, value: (row: ReviewRoundRow) => row.returned_by_name ?? '' },
            { header: '退回理由', width: 50, value: (row: ReviewRoundRow) => row.return_reason ?? '' },
          ],
          rounds,
        ),
        source: 'table:evaluation_review_round',
      },
      {
        section: FOLDER,
        name: '复核签署记录.xlsx',
        bytes: await writeTableXlsx(
          '复核签署记录',
          [
            { header: '轮次', width: 6, value: (row: ReviewSignoffRow) => row.round },
            {
              header: '级别',
              width: 30,
              value: (row: ReviewSignoffRow) => levelTitle(rounds, row.round, row.level),
            },
            { header: '签署人', width: 12, value: (row: ReviewSignoffRow) => row.signer_name },
            {
              header: '签署时间（北京时间）',
              width: 20,
              value: (row: ReviewSignoffRow) => beijingTime(row.signed_at),
            },
            {
              header: '所签报告版本',
              width: 20,
              value: (row: ReviewSignoffRow) => `第 ${row.version_seq} 版（${row.version_label}）`,
            },
            { header: '报告内容 SHA-256', width: 66, value: (row: ReviewSignoffRow) => row.content_hash },
          ],
          signoffs,
        ),
        source: 'table:evaluation_review_signoff',
      },
    ];
    if (!holdsReviewNotes(audience)) {
      files.push({
        section: FOLDER,
        name: '复核意见说明.txt',
        bytes: Buffer.from(BUREAU_COPY_NOTICE, 'utf8'),
        source: 'notice:bureau_copy',
      });
      return files;
    }
    const notes = await db.query<ReviewNoteRow>(
      `SELECT round, level, anchor, body, status, author_name, created_at, resolved_by_name, resolved_at, resolution
         FROM evaluation_review_note WHERE bureau_org_id = $1 AND evaluation_id = $2 ORDER BY round, created_at, id`,
      key,
    );
    files.push({
      section: FOLDER,
      name: '复核意见.xlsx',
      bytes: await writeTableXlsx(
        '复核意见',
        [
          { header: '轮次', width: 6, value: (row: ReviewNoteRow) => row.round },
          {
            header: '级别',
            width: 30,
            value: (row: ReviewNoteRow) => levelTitle(rounds, row.round, row.level),
          },
          {
            header: '涉及章节或指标',
            width: 20,
            value: (row: ReviewNoteRow) => reviewAnchorLabel(row.anchor),
          },
          { header: '复核意见', width: 60, value: (row: ReviewNoteRow) => row.body },
          { header: '提出人', width: 12, value: (row: ReviewNoteRow) => row.author_name },
          { header: '提出时间', width: 20, value: (row: ReviewNoteRow) => beijingTime(row.created_at) },
          {
            header: '状态',
            width: 8,
            value: (row: ReviewNoteRow) => (row.status === 'open' ? '未解决' : '已解决'),
          },
          { header: '解决人', width: 12, value: (row: ReviewNoteRow) => row.resolved_by_name ?? '' },
          { header: '解决时间', width: 20, value: (row: ReviewNoteRow) => beijingTime(row.resolved_at) },
          { header: '处理说明', width: 50, value: (row: ReviewNoteRow) => row.resolution ?? '' },
        ],
        notes,
      ),
      source: 'table:evaluation_review_note',
    });
    return files;
  },
};
