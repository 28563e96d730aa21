import type { ArchiveFile } from '../codec';
import type { ArchiveContext, ArchiveSection, ReportVersionRow } from './archive-section';

const FOLDER = '07 报告各版本';

/**
 * Every saved report version (初稿, 交换意见稿, 终稿, 正式报告) as Word and PDF: the stored render when
 * one exists, else rendered now in memory (no render row is written: the evaluation is frozen).
 */
export const REPORTS_SECTION: ArchiveSection = {
  folder: FOLDER,
  async files(context: ArchiveContext) {
    const { evaluation, db } = context;
    const versions = await db.query<ReportVersionRow>(
      `SELECT id, seq, stage, model, content_hash, created_by_name, created_at FROM evaluation_report_version
        WHERE bureau_org_id = $1 AND evaluation_id = $2 ORDER BY seq`,
      [evaluation.bureauOrgId, evaluation.id],
    );
    const files: ArchiveFile[] = [];
    for (const version of versions) {
      files.push(await context.reportFile(version, 'docx'));
      files.push(await context.reportFile(version, 'pdf'));
    }
    return files;
  },
};
