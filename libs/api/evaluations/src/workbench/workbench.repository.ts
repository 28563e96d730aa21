import { Injectable } from '@nestjs/common';
import type { WorkbenchRow } from '@jixiao/contracts';
import type { EvaluationResult, Figures, ObservedValue } from '@jixiao/domain';
import { TenantDatabase } from '@jixiao/api-platform';
import type { EvaluationRow } from '../evaluations/evaluation-row';
import { decimalText } from '../figures/decimal-text';

interface ScoreRow {
  indicator_id: string;
  observations: Record<string, ObservedValue>;
  override_score: string | null;
  override_reason: string | null;
  findings: string;
  deduction_reason: string;
  unscored_reason: string | null;
  reference_text: string;
  evidence_file_ids: string[];
  request_item_ids: string[];
  updated_by_name: string;
  updated_at: Date;
  version: number;
}

interface ResultRow {
  result: EvaluationResult;
  figures: Figures;
  framework_version: number;
  engine_version: string;
  computed_at: Date;
}

/** One indicator's inputs as saved (everything of `WorkbenchRow` a person writes). */
export type WorkbenchInput = Omit<WorkbenchRow, 'indicatorId' | 'updatedByName' | 'updatedAt' | 'version'>;

export interface StoredResult {
  result: EvaluationResult;
  figures: Figures;
  frameworkVersion: number;
  engineVersion: string;
  computedAt: string;
}

function toRow(row: ScoreRow): WorkbenchRow {
  return {
    indicatorId: row.indicator_id,
    observations: row.observations,
    override:
      row.override_score === null || row.override_reason === null
        ? null
        : { score: decimalText(row.override_score), reason: row.override_reason },
    findings: row.findings,
    deductionReason: row.deduction_reason,
    unscoredReason: row.unscored_reason,
    referenceText: row.reference_text,
    evidenceFileIds: row.evidence_file_ids,
    requestItemIds: row.request_item_ids,
    updatedByName: row.updated_by_name,
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

const SELECT = `
  SELECT s.indicator_id, s.observations, s.override_score::text AS override_score, s.override_reason, s.findings,
         s.deduction_reason, s.unscored_reason, s.reference_text, s.updated_by_name, s.updated_at, s.version,
         coalesce((SELECT array_agg(l.file_id ORDER BY l.file_id) FROM evaluation_score_file l
                    WHERE l.bureau_org_id = s.bureau_org_id AND l.evaluation_id = s.evaluation_id
                      AND l.indicator_id = s.indicator_id), '{}') AS evidence_file_ids,
         coalesce((SELECT array_agg(r.request_item_id ORDER BY r.request_item_id) FROM evaluation_score_request r
                    WHERE r.bureau_org_id = s.bureau_org_id AND r.evaluation_id = s.evaluation_id
                      AND r.indicator_id = s.indicator_id), '{}') AS request_item_ids
    FROM evaluation_score s`;

/** The scoring workbench's rows (one per indicator, own version) and the stored result; firm only (RLS). */
@Injectable()
export class WorkbenchRepository {
  constructor(private readonly db: TenantDatabase) {}

  async list(evaluation: EvaluationRow): Promise<WorkbenchRow[]> {
    const rows = (await this.db.manager.query(
      `${SELECT} WHERE s.bureau_org_id = $1 AND s.evaluation_id = $2 ORDER BY s.indicator_id`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as ScoreRow[];
    return rows.map(toRow);
  }

  async find(evaluation: EvaluationRow, indicatorId: string): Promise<WorkbenchRow | null> {
    const [row] = (await this.db.manager.query(
      `${SELECT} WHERE s.bureau_org_id = $1 AND s.evaluation_id = $2 AND s.indicator_id = $3`,
      [evaluation.bureau_org_id, evaluation.id, indicatorId],
    )) as ScoreRow[];
    return row ? toRow(row) : null;
  }

  /** Saves one indicator if it is still at `version` (0: never saved); answers whether it was. */
  async save(
    evaluation: EvaluationRow,
    indicatorId: string,
    input: WorkbenchInput,
    version: number,
    actor: { userId: string; name: string },
  ): Promise<boolean> {
    const params = [
      evaluation.bureau_org_id,
      evaluation.id,
      indicatorId,
      JSON.stringify(input.observations),
      input.override?.score ?? null,
      input.override?.reason ?? null,
      input.findings,
      input.deductionReason,
      input.unscoredReason,
      input.referenceText,
      actor.userId,
      actor.name,
    ];
    const saved =
      version === 0
        ? (
            (await this.db.manager.query(
              `INSERT INTO evaluation_score (bureau_org_id, evaluation_id, indicator_id, observations, override_score,
                                           override_reason, findings, deduction_reason, unscored_reason,
                                           reference_text, updated_by, updated_by_name, firm_org_id, unit_org_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
             ON CONFLICT (bureau_org_id, evaluation_id, indicator_id) DO NOTHING RETURNING 1`,
              [...params, evaluation.firm_org_id, evaluation.unit_org_id],
            )) as unknown[]
          ).length === 1
        : (
            (await this.db.manager.query(
              `UPDATE evaluation_score
                SET observations = $4, override_score = $5, override_reason = $6, findings = $7,
                    deduction_reason = $8, unscored_reason = $9, reference_text = $10, updated_by = $11,
                    updated_by_name = $12, updated_at = now(), version = version + 1
              WHERE bureau_org_id = $1 AND evaluation_id = $2 AND indicator_id = $3 AND version = $13`,
              [...params, version],
            )) as [unknown[], number]
          )[1] === 1;
    if (!saved) return false;
    await this.replaceLinks(evaluation, indicatorId, input);
    return true;
  }

  private async replaceLinks(evaluation: EvaluationRow, indicatorId: string, input: WorkbenchInput) {
    const key = [evaluation.bureau_org_id, evaluation.id, indicatorId];
    await this.db.manager.query(
      `DELETE FROM evaluation_score_file WHERE bureau_org_id = $1 AND evaluation_id = $2 AND indicator_id = $3`,
      key,
    );
    await this.db.manager.query(
      `DELETE FROM evaluation_score_request WHERE bureau_org_id = $1 AND evaluation_id = $2 AND indicator_id = $3`,
      key,
    );
    const parties = [evaluation.firm_org_id, evaluation.unit_org_id];
    if (input.evidenceFileIds.length > 0) {
      await this.db.manager.query(
        `INSERT INTO evaluation_score_file (bureau_org_id, evaluation_id, indicator_id, firm_org_id, unit_org_id, file_id)
         SELECT $1, $2, $3, $4, $5, unnest($6::uuid[])`,
        [...key, ...parties, input.evidenceFileIds],
      );
    }
    if (input.requestItemIds.length > 0) {
      await this.db.manager.query(
        `INSERT INTO evaluation_score_request (bureau_org_id, evaluation_id, indicator_id, firm_org_id, unit_org_id,
                                               request_item_id)
         SELECT $1, $2, $3, $4, $5, unnest($6::uuid[])`,
        [...key, ...parties, input.requestItemIds],
      );
    }
  }

  async findResult(evaluation: EvaluationRow): Promise<StoredResult | null> {
    const [row] = (await this.db.manager.query(
      `SELECT result, figures, framework_version, engine_version, computed_at FROM evaluation_score_result
        WHERE bureau_org_id = $1 AND evaluation_id = $2`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as ResultRow[];
    if (!row) return null;
    return {
      result: row.result,
      figures: row.figures,
      frameworkVersion: row.framework_version,
      engineVersion: row.engine_version,
      computedAt: row.computed_at.toISOString(),
    };
  }

  /** Stores the result with the inputs and versions it was computed from. */
  async storeResult(
    evaluation: EvaluationRow,
    stored: Omit<StoredResult, 'computedAt'>,
    userId: string,
  ): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO evaluation_score_result (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, result, figures,
                                            total, grade, framework_version, engine_version, computed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (bureau_org_id, evaluation_id) DO UPDATE
         SET result = EXCLUDED.result, figures = EXCLUDED.figures, total = EXCLUDED.total, grade = EXCLUDED.grade,
             framework_version = EXCLUDED.framework_version, engine_version = EXCLUDED.engine_version,
             computed_by = EXCLUDED.computed_by, computed_at = now()`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        JSON.stringify(stored.result),
        JSON.stringify(stored.figures),
        stored.result.total,
        stored.result.grade,
        stored.frameworkVersion,
        stored.engineVersion,
        userId,
      ],
    );
  }
}
