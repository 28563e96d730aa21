import { Injectable } from '@nestjs/common';
import type { EvaluationFrameworkInfo } from '@jixiao/contracts';
import type { Framework } from '@jixiao/domain';
import { TenantDatabase } from '@jixiao/api-platform';
import { evaluationKeys, MANY_EVALUATIONS, type EvaluationRow } from '../evaluations/evaluation-row';

interface FrameworkRow {
  source_template_id: string;
  source_version: number;
  source_name: string;
  framework: Framework;
  adopted_at: Date;
  updated_at: Date;
  version: number;
}

export interface AdoptedSource {
  templateId: string;
  version: number;
  name: string;
}

/** The evaluation's own copy of an indicator system: later library edits never reach it. */
@Injectable()
export class EvaluationFrameworkRepository {
  constructor(private readonly db: TenantDatabase) {}

  async find(evaluation: EvaluationRow): Promise<EvaluationFrameworkInfo | null> {
    const [row] = (await this.db.manager.query(
      `SELECT source_template_id, source_version, source_name, framework, adopted_at, updated_at, version
         FROM evaluation_framework WHERE bureau_org_id = $1 AND evaluation_id = $2`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as FrameworkRow[];
    if (!row) return null;
    return {
      sourceTemplateId: row.source_template_id,
      sourceVersion: row.source_version,
      sourceName: row.source_name,
      framework: row.framework,
      adoptedAt: row.adopted_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
      version: row.version,
    };
  }

  async exists(evaluation: EvaluationRow): Promise<boolean> {
    return (await this.adopted([evaluation])).has(evaluation.id);
  }

  /** Which of these evaluations have adopted an indicator system, in one query. */
  async adopted(evaluations: readonly EvaluationRow[]): Promise<Set<string>> {
    if (evaluations.length === 0) return new Set();
    const rows = (await this.db.manager.query(
      `SELECT evaluation_id FROM evaluation_framework WHERE (bureau_org_id, evaluation_id) IN (${MANY_EVALUATIONS})`,
      evaluationKeys(evaluations),
    )) as { evaluation_id: string }[];
    return new Set(rows.map((row) => row.evaluation_id));
  }

  /** Adopts (or re-adopts, replacing the copy) a library version. */
  async adopt(
    evaluation: EvaluationRow,
    source: AdoptedSource,
    framework: Framework,
    userId: string,
  ): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO evaluation_framework (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, source_template_id,
                                         source_version, source_name, framework, adopted_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
       ON CONFLICT (bureau_org_id, evaluation_id) DO UPDATE
         SET source_template_id = EXCLUDED.source_template_id, source_version = EXCLUDED.source_version,
             source_name = EXCLUDED.source_name, framework = EXCLUDED.framework, adopted_by = EXCLUDED.adopted_by,
             adopted_at = now(), updated_by = EXCLUDED.updated_by, updated_at = now(),
             version = evaluation_framework.version + 1`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        source.templateId,
        source.version,
        source.name,
        JSON.stringify(framework),
        userId,
      ],
    );
  }

  /** Saves the adapted copy if it is still at `version`; answers whether it was. */
  async save(
    evaluation: EvaluationRow,
    framework: Framework,
    version: number,
    userId: string,
  ): Promise<boolean> {
    const result = (await this.db.manager.query(
      `UPDATE evaluation_framework SET framework = $4, updated_by = $5, updated_at = now(), version = version + 1
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND version = $3`,
      [evaluation.bureau_org_id, evaluation.id, version, JSON.stringify(framework), userId],
    )) as [unknown[], number];
    return result[1] === 1;
  }
}
