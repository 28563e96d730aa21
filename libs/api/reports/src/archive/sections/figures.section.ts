import { writeTableXlsx } from '../codec';
import {
  beijingTime,
  STORED_FILE_COLUMNS,
  storedArchiveFile,
  type ArchiveContext,
  type ArchiveSection,
  type StoredFileRow,
} from './archive-section';

const FOLDER = '05 财务数据及核实';

const VERIFICATION_LABELS: Record<string, string> = {
  pending: '待核实',
  verified: '已核实',
  questioned: '有疑问',
  corrected: '已更正',
};

interface FigureRow {
  key: string;
  value: string | null;
  source_note: string;
  source_name: string | null;
  source_sha256: string | null;
  entered_by_name: string | null;
  entered_at: Date | null;
  verification: string;
  verification_comment: string;
  corrected_value: string | null;
  verified_by_name: string | null;
  verified_at: Date | null;
}

interface ProjectRow {
  name: string;
  budget: string;
  actual: string;
  completion: string;
  note: string;
}

/** The fiscal figures with their sources and the firm's verification, the projects, and the source files. */
export const FIGURES_SECTION: ArchiveSection = {
  folder: FOLDER,
  async files(context: ArchiveContext) {
    const { evaluation, db } = context;
    const figures = await db.query<FigureRow>(
      `SELECT g.key, g.value::text AS value, g.source_note, f.original_name AS source_name, f.sha256 AS source_sha256,
              g.entered_by_name, g.entered_at, g.verification, g.verification_comment,
              g.corrected_value::text AS corrected_value, g.verified_by_name, g.verified_at
         FROM evaluation_figure g
         LEFT JOIN evaluation_file f ON f.bureau_org_id = g.bureau_org_id AND f.id = g.source_file_id
        WHERE g.bureau_org_id = $1 AND g.evaluation_id = $2 ORDER BY g.key`,
      [evaluation.bureauOrgId, evaluation.id],
    );
    const projects = await db.query<ProjectRow>(
      `SELECT name, budget::text AS budget, actual::text AS actual, completion, note FROM evaluation_project
        WHERE bureau_org_id = $1 AND evaluation_id = $2 ORDER BY name, id`,
      [evaluation.bureauOrgId, evaluation.id],
    );
    const sources = await db.query<StoredFileRow>(
      `SELECT DISTINCT ${STORED_FILE_COLUMNS} FROM evaluation_figure g
         JOIN evaluation_file f ON f.bureau_org_id = g.bureau_org_id AND f.id = g.source_file_id
        WHERE g.bureau_org_id = $1 AND g.evaluation_id = $2 ORDER BY f.uploaded_at, f.id`,
      [evaluation.bureauOrgId, evaluation.id],
    );
    const table = await writeTableXlsx(
      '财务数据及核实',
      [
        { header: '数据项', width: 28, value: (row: FigureRow) => row.key },
        { header: '填报值', width: 18, value: (row: FigureRow) => row.value ?? '' },
        { header: '来源说明', width: 30, value: (row: FigureRow) => row.source_note },
        { header: '来源文件', width: 30, value: (row: FigureRow) => row.source_name ?? '' },
        { header: '来源文件 SHA-256', width: 68, value: (row: FigureRow) => row.source_sha256 ?? '' },
        { header: '填报人', width: 12, value: (row: FigureRow) => row.entered_by_name ?? '' },
        { header: '填报时间', width: 20, value: (row: FigureRow) => beijingTime(row.entered_at) },
        {
          header: '核实结果',
          width: 10,
          value: (row: FigureRow) => VERIFICATION_LABELS[row.verification] ?? row.verification,
        },
        { header: '核实意见', width: 30, value: (row: FigureRow) => row.verification_comment },
        { header: '更正值', width: 18, value: (row: FigureRow) => row.corrected_value ?? '' },
        { header: '核实人', width: 12, value: (row: FigureRow) => row.verified_by_name ?? '' },
        { header: '核实时间', width: 20, value: (row: FigureRow) => beijingTime(row.verified_at) },
      ],
      figures,
    );
    const projectTable = await writeTableXlsx(
      '项目明细',
      [
        { header: '项目名称', width: 30, value: (row: ProjectRow) => row.name },
        { header: '预算数', width: 18, value: (row: ProjectRow) => row.budget },
        { header: '执行数', width: 18, value: (row: ProjectRow) => row.actual },
        { header: '完成情况', width: 12, value: (row: ProjectRow) => row.completion },
        { header: '备注', width: 40, value: (row: ProjectRow) => row.note },
      ],
      projects,
    );
    return [
      { section: FOLDER, name: '财务数据及核实.xlsx', bytes: table, source: 'table:evaluation_figure' },
      { section: FOLDER, name: '项目明细.xlsx', bytes: projectTable, source: 'table:evaluation_project' },
      ...(await Promise.all(
        sources.map((file, i) => storedArchiveFile(context, FOLDER, file, `来源-${i + 1}-`)),
      )),
    ];
  },
};
