import { Injectable } from '@nestjs/common';
import type { WorkPlan } from '@jixiao/contracts';
import type { WorkPlanText } from '@jixiao/domain';
import { TenantDatabase } from '@jixiao/api-platform';
import { evaluationKeys, MANY_EVALUATIONS, type EvaluationRow } from '../evaluations/evaluation-row';

interface PlanRow extends WorkPlanText {
  updated_at: Date | null;
  updated_by_name: string | null;
  submitted_at: Date | null;
  version: number;
}

/** The work plan (评价方案): the firm's draft, read by the bureau and the unit once submitted. */
@Injectable()
export class WorkPlanRepository {
  constructor(private readonly db: TenantDatabase) {}

  async find(evaluation: EvaluationRow, lock = false): Promise<WorkPlan | null> {
    const [row] = (await this.db.manager.query(
      `SELECT purpose, basis, methods, schedule, risks, updated_at, updated_by_name, submitted_at, version
         FROM evaluation_plan WHERE bureau_org_id = $1 AND evaluation_id = $2${lock ? ' FOR NO KEY UPDATE' : ''}`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as PlanRow[];
    if (!row) return null;
    return {
      purpose: row.purpose,
      basis: row.basis,
      methods: row.methods,
      schedule: row.schedule,
      risks: row.risks,
      updatedAt: row.updated_at?.toISOString() ?? null,
      updatedByName: row.updated_by_name,
      submittedAt: row.submitted_at?.toISOString() ?? null,
      approvedAt: null,
      version: row.version,
    };
  }

  /** The plan text of many evaluations in one query (RLS: the bureau and unit see submitted plans only). */
  async texts(evaluations: readonly EvaluationRow[]): Promise<Map<string, WorkPlanText>> {
    if (evaluations.length === 0) return new Map();
    const rows = (await this.db.manager.query(
      `SELECT evaluation_id, purpose, basis, methods, schedule, risks FROM evaluation_plan
        WHERE (bureau_org_id, evaluation_id) IN (${MANY_EVALUATIONS})`,
      evaluationKeys(evaluations),
    )) as (WorkPlanText & { evaluation_id: string })[];
    return new Map(rows.map(({ evaluation_id, ...text }) => [evaluation_id, text]));
  }

  /** Saves the text if the plan is still at `version` (0 = no plan yet); answers whether it was. */
  async save(
    evaluation: EvaluationRow,
    text: WorkPlanText,
    version: number,
    author: { userId: string; name: string },
  ): Promise<boolean> {
    const values = [
      text.purpose,
      text.basis,
      text.methods,
      text.schedule,
      text.risks,
      author.userId,
      author.name,
    ];
    if (version === 0) {
      const inserted = (await this.db.manager.query(
        `INSERT INTO evaluation_plan (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, purpose, basis, methods,
                                      schedule, risks, updated_by, updated_by_name, updated_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now(), 1)
         ON CONFLICT (bureau_org_id, evaluation_id) DO NOTHING RETURNING version`,
        [evaluation.bureau_org_id, evaluation.id, evaluation.firm_org_id, evaluation.unit_org_id, ...values],
      )) as unknown[];
      return inserted.length === 1;
    }
    const result = (await this.db.manager.query(
      `UPDATE evaluation_plan
          SET purpose = $4, basis = $5, methods = $6, schedule = $7, risks = $8, updated_by = $9,
              updated_by_name = $10, updated_at = now(), version = version + 1
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND version = $3`,
      [evaluation.bureau_org_id, evaluation.id, version, ...values],
    )) as [unknown[], number];
    return result[1] === 1;
  }

  async markSubmitted(evaluation: EvaluationRow): Promise<void> {
    await this.db.manager.query(
      `UPDATE evaluation_plan SET submitted_at = now() WHERE bureau_org_id = $1 AND evaluation_id = $2`,
      [evaluation.bureau_org_id, evaluation.id],
    );
  }
}
