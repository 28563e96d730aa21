import { exportFrameworkWorkbook } from '@jixiao/api-frameworks';
import type { Framework } from '@jixiao/domain';
import type { ArchiveContext, ArchiveSection } from './archive-section';

const FOLDER = '03 指标体系';

/** The evaluation's indicator system with its rules, as the framework library's Excel export writes it. */
export const FRAMEWORK_SECTION: ArchiveSection = {
  folder: FOLDER,
  async files(context: ArchiveContext) {
    const { evaluation, db } = context;
    const [row] = await db.query<{ framework: Framework; source_name: string; version: number }>(
      `SELECT framework, source_name, version FROM evaluation_framework WHERE bureau_org_id = $1 AND evaluation_id = $2`,
      [evaluation.bureauOrgId, evaluation.id],
    );
    if (!row) return [];
    return [
      {
        section: FOLDER,
        name: '评价指标体系及评分规则.xlsx',
        bytes: await exportFrameworkWorkbook(row.framework),
        source: `table:evaluation_framework (v${row.version}, ${row.source_name})`,
      },
    ];
  },
};
