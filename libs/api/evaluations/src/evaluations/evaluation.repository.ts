import { Injectable } from '@nestjs/common';
import type { EvaluationListQuery } from '@jixiao/contracts';
import type {
  EvaluationKind,
  EvaluationStatus,
  OrganisationKind,
  PhaseDueDates,
  StoredEvaluationSnapshot,
} from '@jixiao/domain';
import { EVALUATION_PHASES, EVALUATION_STATUSES, phaseOf } from '@jixiao/domain';
import { TenantDatabase } from '@jixiao/api-platform';
import { EVALUATION_COLUMNS, withOverdue, type EvaluationRow, type SqlEvaluationRow } from './evaluation-row';

/** The column naming the caller's organisation, by its kind: lists use the index that leads with it. */
const PARTY_COLUMN: Partial<Record<OrganisationKind, string>> = {
  bureau: 'bureau_org_id',
  firm: 'firm_org_id',
  unit: 'unit_org_id',
};

export interface NewEvaluation {
  bureauOrgId: string;
  firmOrgId: string;
  unitOrgId: string;
  bureauName: string;
  firmName: string;
  unitName: string;
  kind: EvaluationKind;
  title: string;
  fiscalYear: number;
  fundsInScope: string;
  focus: string;
  requirements: string;
  dueDates: PhaseDueDates;
  status: EvaluationStatus;
  snapshot: StoredEvaluationSnapshot;
  createdBy: string;
}

export interface StateChange {
  status: EvaluationStatus;
  snapshot: StoredEvaluationSnapshot;
  firm?: { id: string; name: string };
  cancelReason?: string;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function statusesOfPhase(phase: string): string[] {
  return EVALUATION_STATUSES.filter((status) => phaseOf(status) === phase);
}

@Injectable()
export class EvaluationRepository {
  constructor(private readonly db: TenantDatabase) {}

  /** One evaluation the caller is a party to (RLS hides the rest), optionally locked for a change. */
  async find(id: string, lock = false): Promise<EvaluationRow | undefined> {
    const [row] = (await this.db.manager.query(
      `SELECT ${EVALUATION_COLUMNS} FROM evaluation e WHERE e.id = $1${lock ? ' FOR NO KEY UPDATE' : ''}`,
      [id],
    )) as SqlEvaluationRow[];
    return row && withOverdue(row);
  }

  async list(
    organisationId: string,
    kind: OrganisationKind,
    query: EvaluationListQuery,
  ): Promise<{ rows: EvaluationRow[]; total: number }> {
    const column = PARTY_COLUMN[kind];
    if (!column) return { rows: [], total: 0 };
    const where = [`e.${column} = $1`];
    const params: unknown[] = [organisationId];
    const add = (clause: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(clause(params.length));
    };
    if (query.status) add((n) => `e.status = $${n}`, query.status);
    if (query.phase && (EVALUATION_PHASES as readonly string[]).includes(query.phase))
      add((n) => `e.status = ANY($${n})`, statusesOfPhase(query.phase));
    if (query.fiscalYear) add((n) => `e.fiscal_year = $${n}`, query.fiscalYear);
    if (query.unitId) add((n) => `e.unit_org_id = $${n}`, query.unitId);
    if (query.firmId) add((n) => `e.firm_org_id = $${n}`, query.firmId);
    // The SQL form of `isPastDue`, for paging: rows read back derive `overdue` with `isPastDue` itself.
    if (query.overdue) where.push(`e.current_due_date < current_date`);
    if (query.q)
      add(
        (n) => `(e.title ILIKE $${n} OR e.unit_name ILIKE $${n} OR e.firm_name ILIKE $${n})`,
        likePattern(query.q),
      );
    const pageSize = query.pageSize ?? 20;
    const page = query.page ?? 1;
    params.push(pageSize, (page - 1) * pageSize);
    const rows = (await this.db.manager.query(
      `SELECT ${EVALUATION_COLUMNS}, count(*) OVER () AS total_count
         FROM evaluation e WHERE ${where.join(' AND ')}
        ORDER BY e.updated_at DESC, e.id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    )) as (SqlEvaluationRow & { total_count: string })[];
    return { rows: rows.map(withOverdue), total: rows[0] ? Number(rows[0].total_count) : 0 };
  }

  /** Every open evaluation of the caller's party, for the to-do list. */
  async listOpen(organisationId: string, kind: OrganisationKind, limit = 500): Promise<EvaluationRow[]> {
    const column = PARTY_COLUMN[kind];
    if (!column) return [];
    const rows = (await this.db.manager.query(
      `SELECT ${EVALUATION_COLUMNS} FROM evaluation e
        WHERE e.${column} = $1 AND e.status NOT IN ('archived', 'cancelled')
        ORDER BY e.current_due_date NULLS LAST, e.updated_at DESC, e.id LIMIT $2`,
      [organisationId, limit],
    )) as SqlEvaluationRow[];
    return rows.map(withOverdue);
  }

  async insert(evaluation: NewEvaluation): Promise<string> {
    const dueDates = evaluation.dueDates;
    const phase = phaseOf(evaluation.status);
    const [{ id }] = (await this.db.manager.query(
      `INSERT INTO evaluation (bureau_org_id, firm_org_id, unit_org_id, bureau_name, firm_name, unit_name, kind,
                               title, fiscal_year, funds_in_scope, focus, requirements, due_dates, status,
                               current_due_date, machine_version, snapshot, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
      [
        evaluation.bureauOrgId,
        evaluation.firmOrgId,
        evaluation.unitOrgId,
        evaluation.bureauName,
        evaluation.firmName,
        evaluation.unitName,
        evaluation.kind,
        evaluation.title,
        evaluation.fiscalYear,
        evaluation.fundsInScope,
        evaluation.focus,
        evaluation.requirements,
        JSON.stringify(dueDates),
        evaluation.status,
        (phase && dueDates[phase]) ?? null,
        evaluation.snapshot.machineVersion,
        JSON.stringify({ value: evaluation.snapshot.value, context: evaluation.snapshot.context }),
        evaluation.createdBy,
      ],
    )) as [{ id: string }];
    return id;
  }

  /**
   * Writes a new state if and only if the row is still at `version`; answers whether it was.
   * The caller holds the row lock; the version check makes a stale write visible, never silent.
   */
  async changeState(row: EvaluationRow, version: number, change: StateChange): Promise<boolean> {
    const phase = phaseOf(change.status);
    const result = (await this.db.manager.query(
      `UPDATE evaluation
          SET status = $4, snapshot = $5, machine_version = $6, current_due_date = $7,
              firm_org_id = $8, firm_name = $9, cancel_reason = coalesce($10, cancel_reason),
              version = version + 1, updated_at = now()
        WHERE bureau_org_id = $1 AND id = $2 AND version = $3`,
      [
        row.bureau_org_id,
        row.id,
        version,
        change.status,
        JSON.stringify({ value: change.snapshot.value, context: change.snapshot.context }),
        change.snapshot.machineVersion,
        (phase && row.due_dates[phase]) ?? null,
        change.firm?.id ?? row.firm_org_id,
        change.firm?.name ?? row.firm_name,
        change.cancelReason ?? null,
      ],
    )) as [unknown[], number];
    return result[1] === 1;
  }

  /** Marks a content change (team, plan, indicator system) so lists sort by recent work. */
  async touch(row: EvaluationRow): Promise<void> {
    await this.db.manager.query(
      `UPDATE evaluation SET updated_at = now() WHERE bureau_org_id = $1 AND id = $2`,
      [row.bureau_org_id, row.id],
    );
  }
}
