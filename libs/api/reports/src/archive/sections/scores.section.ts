import type { ArchiveFile } from '../codec';
import { writeTableXlsx } from '../codec';
import {
  beijingTime,
  STORED_FILE_COLUMNS,
  storedArchiveFile,
  type ArchiveContext,
  type ArchiveSection,
  type StoredFileRow,
} from './archive-section';

const FOLDER = '06 评分与工作底稿';

interface ScoreRow {
  indicator_id: string;
  observations: Record<string, unknown>;
  override_score: string | null;
  override_reason: string | null;
  findings: string;
  deduction_reason: string;
  unscored_reason: string | null;
  updated_by_name: string;
  updated_at: Date;
}

interface ResultRow {
  total: string | null;
  grade: string | null;
  framework_version: number;
  engine_version: string;
  computed_at: Date;
  result: unknown;
}

interface PaperRow {
  id: string;
  indicator_id: string | null;
  topic: string | null;
  body: string;
  author_name: string;
  reviewer_name: string | null;
  reviewed_at: Date | null;
  review_note: string | null;
  updated_at: Date;
}

/** The scores with overrides and their reasons, the computed result, the work papers, and their files. */
export const SCORES_SECTION: ArchiveSection = {
  folder: FOLDER,
  async files(context: ArchiveContext) {
    const { evaluation, db } = context;
    const params = [evaluation.bureauOrgId, evaluation.id];
    const scores = await db.query<ScoreRow>(
      `SELECT indicator_id, observations, override_score::text AS override_score, override_reason, findings,
              deduction_reason, unscored_reason, updated_by_name, updated_at
         FROM evaluation_score WHERE bureau_org_id = $1 AND evaluation_id = $2 ORDER BY indicator_id`,
      params,
    );
    const [result] = await db.query<ResultRow>(
      `SELECT total::text AS total, grade, framework_version, engine_version, computed_at, result
         FROM evaluation_score_result WHERE bureau_org_id = $1 AND evaluation_id = $2`,
      params,
    );
    const papers = await db.query<PaperRow>(
      `SELECT id, indicator_id, topic, body, author_name, reviewer_name, reviewed_at, review_note, updated_at
         FROM evaluation_work_paper WHERE bureau_org_id = $1 AND evaluation_id = $2 ORDER BY created_at, id`,
      params,
    );
    const paperFiles = await db.query<StoredFileRow & { paper_id: string }>(
      `SELECT ${STORED_FILE_COLUMNS}, pf.paper_id FROM evaluation_work_paper_file pf
         JOIN evaluation_file f ON f.bureau_org_id = pf.bureau_org_id AND f.id = pf.file_id
        WHERE pf.bureau_org_id = $1 AND pf.evaluation_id = $2 ORDER BY f.uploaded_at, f.id`,
      params,
    );
    const scoreFiles = await db.query<StoredFileRow & { indicator_id: string }>(
      `SELECT ${STORED_FILE_COLUMNS}, sf.indicator_id FROM evaluation_score_file sf
         JOIN evaluation_file f ON f.bureau_org_id = sf.bureau_org_id AND f.id = sf.file_id
        WHERE sf.bureau_org_id = $1 AND sf.evaluation_id = $2 ORDER BY sf.indicator_id, f.id`,
      params,
    );
    const scoreTable = await writeTableXlsx(
      '评分记录',
      [
        { header: '指标', width: 12, value: (row: ScoreRow) => row.indicator_id },
        { header: '观测值', width: 40, value: (row: ScoreRow) => JSON.stringify(row.observations) },
        { header: '调整得分', width: 10, value: (row: ScoreRow) => row.override_score ?? '' },
        { header: '调整理由', width: 30, value: (row: ScoreRow) => row.override_reason ?? '' },
        { header: '评价发现', width: 40, value: (row: ScoreRow) => row.findings },
        { header: '扣分原因', width: 40, value: (row: ScoreRow) => row.deduction_reason },
        { header: '不评分原因', width: 20, value: (row: ScoreRow) => row.unscored_reason ?? '' },
        { header: '评分人', width: 12, value: (row: ScoreRow) => row.updated_by_name },
        { header: '评分时间', width: 20, value: (row: ScoreRow) => beijingTime(row.updated_at) },
      ],
      scores,
    );
    const paperTable = await writeTableXlsx(
      '工作底稿',
      [
        { header: '指标/主题', width: 20, value: (row: PaperRow) => row.indicator_id ?? row.topic ?? '' },
        { header: '内容', width: 80, value: (row: PaperRow) => row.body },
        { header: '编制人', width: 12, value: (row: PaperRow) => row.author_name },
        { header: '复核人', width: 12, value: (row: PaperRow) => row.reviewer_name ?? '' },
        { header: '复核时间', width: 20, value: (row: PaperRow) => beijingTime(row.reviewed_at) },
        { header: '复核意见', width: 30, value: (row: PaperRow) => row.review_note ?? '' },
        { header: '最后修改', width: 20, value: (row: PaperRow) => beijingTime(row.updated_at) },
      ],
      papers,
    );
    const files: ArchiveFile[] = [
      {
        section: FOLDER,
        name: '评分记录（含调整）.xlsx',
        bytes: scoreTable,
        source: 'table:evaluation_score',
      },
      { section: FOLDER, name: '工作底稿.xlsx', bytes: paperTable, source: 'table:evaluation_work_paper' },
    ];
    if (result)
      files.push({
        section: FOLDER,
        name: '评分计算结果.json',
        bytes: Buffer.from(`${JSON.stringify(result, null, 2)}\n`, 'utf8'),
        source: 'table:evaluation_score_result',
      });
    for (const file of scoreFiles)
      files.push(await storedArchiveFile(context, FOLDER, file, `评分附件-${file.indicator_id}-`));
    for (const file of paperFiles) {
      const index = papers.findIndex((paper) => paper.id === file.paper_id) + 1;
      files.push(await storedArchiveFile(context, FOLDER, file, `底稿附件-${index}-`));
    }
    return files;
  },
};
