import { Injectable } from '@nestjs/common';
import type { EvaluationProject, ProjectCompletion } from '@jixiao/contracts';
import { TenantDatabase } from '@jixiao/api-platform';
import type { EvaluationRow } from '../evaluations/evaluation-row';
import { decimalText } from './decimal-text';

interface ProjectRow {
  id: string;
  name: string;
  budget: string;
  actual: string;
  completion: ProjectCompletion;
  note: string;
  version: number;
}

export interface ProjectInput {
  name: string;
  budget: string;
  actual: string;
  completion: ProjectCompletion;
  note: string;
}

function toProject(row: ProjectRow): EvaluationProject {
  return {
    id: row.id,
    name: row.name,
    budget: decimalText(row.budget),
    actual: decimalText(row.actual),
    completion: row.completion,
    note: row.note,
    version: row.version,
  };
}

const COLUMNS = `id, name, budget::text AS budget, actual::text AS actual, completion, note, version`;

/** The unit's project list (项目清单): budget, actual and completion per project. */
@Injectable()
export class ProjectsRepository {
  constructor(private readonly db: TenantDatabase) {}

  async list(evaluation: EvaluationRow): Promise<EvaluationProject[]> {
    const rows = (await this.db.manager.query(
      `SELECT ${COLUMNS} FROM evaluation_project WHERE bureau_org_id = $1 AND evaluation_id = $2
        ORDER BY updated_at, id`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as ProjectRow[];
    return rows.map(toProject);
  }

  async find(evaluation: EvaluationRow, id: string): Promise<EvaluationProject | null> {
    const [row] = (await this.db.manager.query(
      `SELECT ${COLUMNS} FROM evaluation_project WHERE bureau_org_id = $1 AND evaluation_id = $2 AND id = $3`,
      [evaluation.bureau_org_id, evaluation.id, id],
    )) as ProjectRow[];
    return row ? toProject(row) : null;
  }

  async insert(evaluation: EvaluationRow, input: ProjectInput, userId: string): Promise<string> {
    const [row] = (await this.db.manager.query(
      `INSERT INTO evaluation_project (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, name, budget, actual,
                                       completion, note, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        input.name,
        input.budget,
        input.actual,
        input.completion,
        input.note,
        userId,
      ],
    )) as { id: string }[];
    if (!row) throw new Error('insert returned no id');
    return row.id;
  }

  async update(
    evaluation: EvaluationRow,
    id: string,
    input: ProjectInput,
    version: number,
    userId: string,
  ): Promise<boolean> {
    const result = (await this.db.manager.query(
      `UPDATE evaluation_project
          SET name = $4, budget = $5, actual = $6, completion = $7, note = $8, updated_by = $9,
              updated_at = now(), version = version + 1
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND id = $3 AND version = $10`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        id,
        input.name,
        input.budget,
        input.actual,
        input.completion,
        input.note,
        userId,
        version,
      ],
    )) as [unknown[], number];
    return result[1] === 1;
  }

  async remove(evaluation: EvaluationRow, id: string): Promise<boolean> {
    const result = (await this.db.manager.query(
      `DELETE FROM evaluation_project WHERE bureau_org_id = $1 AND evaluation_id = $2 AND id = $3`,
      [evaluation.bureau_org_id, evaluation.id, id],
    )) as [unknown[], number];
    return result[1] === 1;
  }
}
