import type { ReportDraft, ReportStage, ReportVersionSummary } from '@jixiao/contracts';
import type { ReportModel, ReportNarrative, ReportOptions } from '@jixiao/domain';

export const VERSION_SUMMARY_COLUMNS = `v.id, v.seq, v.stage, v.content_hash, v.total::text AS total, v.grade,
  v.created_by_name, v.created_at`;

export interface VersionSummaryRow {
  id: string;
  seq: number;
  stage: ReportStage;
  content_hash: string;
  total: string | null;
  grade: string | null;
  created_by_name: string;
  created_at: Date;
}

export interface VersionRow extends VersionSummaryRow {
  model: ReportModel;
}

export interface DraftRow {
  narrative: ReportNarrative;
  options: ReportOptions;
  version: number;
  updated_by_name: string;
  updated_at: Date;
}

export function toVersionSummary(row: VersionSummaryRow): ReportVersionSummary {
  return {
    id: row.id,
    seq: row.seq,
    stage: row.stage,
    contentHash: row.content_hash,
    total: row.total,
    grade: row.grade,
    createdByName: row.created_by_name,
    createdAt: row.created_at.toISOString(),
  };
}

export function toDraft(row: DraftRow): ReportDraft {
  return {
    narrative: row.narrative,
    options: row.options,
    version: row.version,
    updatedByName: row.updated_by_name,
    updatedAt: row.updated_at.toISOString(),
  };
}
