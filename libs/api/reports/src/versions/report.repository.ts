import { Injectable } from '@nestjs/common';
import type { ReportDraft, ReportStage, ReportVersionSummary } from '@jixiao/contracts';
import type { ReportModel, ReportNarrative, ReportOptions } from '@jixiao/domain';
import type { EvaluationRow } from '@jixiao/api-evaluations';
import { TenantDatabase } from '@jixiao/api-platform';
import {
  VERSION_SUMMARY_COLUMNS,
  toDraft,
  toVersionSummary,
  type DraftRow,
  type VersionRow,
  type VersionSummaryRow,
} from './report-version-rows';

export interface NewVersion {
  stage: ReportStage;
  model: ReportModel;
  contentHash: string;
  userId: string;
  userName: string;
}

/**
 * The report's working draft (firm only, by row-level security) and its saved versions (append-only;
 * the database refuses any change, and shows the bureau and the unit only versions from for_feedback on).
 */
@Injectable()
export class ReportRepository {
  constructor(private readonly db: TenantDatabase) {}

  async draft(evaluation: EvaluationRow): Promise<ReportDraft | null> {
    const [row] = (await this.db.manager.query(
      `SELECT narrative, options, version, updated_by_name, updated_at FROM evaluation_report_draft
        WHERE bureau_org_id = $1 AND evaluation_id = $2`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as DraftRow[];
    return row ? toDraft(row) : null;
  }

  /** Saves the draft if it is still at `version` (0: never saved); false when someone saved in between. */
  async saveDraft(
    evaluation: EvaluationRow,
    version: number,
    input: { narrative: ReportNarrative; options: ReportOptions; userName: string },
  ): Promise<boolean> {
    const params = [
      evaluation.bureau_org_id,
      evaluation.id,
      JSON.stringify(input.narrative),
      JSON.stringify(input.options),
      input.userName,
    ];
    if (version === 0) {
      const inserted = (await this.db.manager.query(
        `INSERT INTO evaluation_report_draft
           (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, narrative, options, updated_by_name)
         VALUES ($1, $2, $6, $7, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING version`,
        [...params, evaluation.firm_org_id, evaluation.unit_org_id],
      )) as { version: number }[];
      return inserted.length === 1;
    }
    const [, count] = (await this.db.manager.query(
      `UPDATE evaluation_report_draft
          SET narrative = $3, options = $4, updated_by_name = $5, updated_at = now(), version = version + 1
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND version = $6`,
      [...params, version],
    )) as [unknown[], number];
    return count === 1;
  }

  async versions(evaluation: EvaluationRow): Promise<ReportVersionSummary[]> {
    const rows = (await this.db.manager.query(
      `SELECT ${VERSION_SUMMARY_COLUMNS} FROM evaluation_report_version v
        WHERE v.bureau_org_id = $1 AND v.evaluation_id = $2 ORDER BY v.seq DESC LIMIT 500`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as VersionSummaryRow[];
    return rows.map(toVersionSummary);
  }

  async version(
    evaluation: EvaluationRow,
    versionId: string,
  ): Promise<{ summary: ReportVersionSummary; model: ReportModel } | null> {
    const [row] = (await this.db.manager.query(
      `SELECT ${VERSION_SUMMARY_COLUMNS}, v.model FROM evaluation_report_version v
        WHERE v.bureau_org_id = $1 AND v.evaluation_id = $2 AND v.id = $3`,
      [evaluation.bureau_org_id, evaluation.id, versionId],
    )) as VersionRow[];
    return row ? { summary: toVersionSummary(row), model: row.model } : null;
  }

  async latest(evaluation: EvaluationRow): Promise<ReportModel | null> {
    const [row] = (await this.db.manager.query(
      `SELECT model FROM evaluation_report_version
        WHERE bureau_org_id = $1 AND evaluation_id = $2 ORDER BY seq DESC LIMIT 1`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as { model: ReportModel }[];
    return row?.model ?? null;
  }

  async exists(evaluation: EvaluationRow): Promise<boolean> {
    const rows = (await this.db.manager.query(
      `SELECT 1 FROM evaluation_report_version WHERE bureau_org_id = $1 AND evaluation_id = $2 LIMIT 1`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Appends a version; its number is the next of the evaluation (the evaluation row is locked by the caller). */
  async append(evaluation: EvaluationRow, version: NewVersion): Promise<string> {
    const [row] = (await this.db.manager.query(
      `INSERT INTO evaluation_report_version
         (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, seq, stage, model, content_hash, total, grade,
          created_by_user_id, created_by_name)
       SELECT $1, $2, $3, $4, COALESCE(MAX(seq), 0) + 1, $5, $6, $7, $8, $9, $10, $11
         FROM evaluation_report_version WHERE bureau_org_id = $1 AND evaluation_id = $2
       RETURNING id`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        version.stage,
        JSON.stringify(version.model),
        version.contentHash,
        version.model.scores.total,
        version.model.scores.grade,
        version.userId,
        version.userName,
      ],
    )) as { id: string }[];
    if (!row) throw new Error('Report version not inserted');
    return row.id;
  }
}
