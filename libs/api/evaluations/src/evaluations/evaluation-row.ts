import type { EvaluationSummary, PartyOrganisation } from '@jixiao/contracts';
import {
  isPastDue,
  loadEvaluationSnapshot,
  partyOf,
  phaseOf,
  type EvaluationKind,
  type EvaluationParties,
  type EvaluationSnapshot,
  type EvaluationStatus,
  type PhaseDueDates,
  type StoredEvaluationSnapshot,
} from '@jixiao/domain';

/** One `evaluation` row as SQL returns it (`EVALUATION_COLUMNS`). */
export interface EvaluationRow {
  bureau_org_id: string;
  id: string;
  firm_org_id: string;
  unit_org_id: string;
  bureau_name: string;
  firm_name: string;
  unit_name: string;
  kind: EvaluationKind;
  title: string;
  fiscal_year: number;
  funds_in_scope: string;
  focus: string;
  requirements: string;
  due_dates: PhaseDueDates;
  status: EvaluationStatus;
  current_due_date: string | null;
  /** The database's calendar day when the row was read. */
  today: string;
  /** The current phase's due date has passed (`isPastDue`, the one definition). */
  overdue: boolean;
  machine_version: number;
  snapshot: StoredEvaluationSnapshot;
  cancel_reason: string | null;
  updated_at: Date;
  version: number;
}

export const EVALUATION_COLUMNS = `
  e.bureau_org_id, e.id, e.firm_org_id, e.unit_org_id, e.bureau_name, e.firm_name, e.unit_name, e.kind,
  e.title, e.fiscal_year, e.funds_in_scope::text AS funds_in_scope, e.focus, e.requirements, e.due_dates,
  e.status, e.current_due_date::text AS current_due_date, current_date::text AS today,
  e.machine_version, e.snapshot, e.cancel_reason, e.updated_at, e.version`;

/** A row as SQL returns it, before `overdue` is derived. */
export type SqlEvaluationRow = Omit<EvaluationRow, 'overdue'>;

export function withOverdue(row: SqlEvaluationRow): EvaluationRow {
  return { ...row, overdue: isPastDue(row.current_due_date, row.today) };
}

export function partiesOf(row: EvaluationRow): EvaluationParties {
  return { bureauOrgId: row.bureau_org_id, firmOrgId: row.firm_org_id, unitOrgId: row.unit_org_id };
}

export function snapshotOf(row: EvaluationRow): EvaluationSnapshot {
  return loadEvaluationSnapshot({ ...row.snapshot, machineVersion: row.machine_version });
}

/** `12.5000` → `12.5`: the exact decimal without the column's padding. */
function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

export function toSummary(row: EvaluationRow, organisationId: string): EvaluationSummary {
  const party = partyOf(partiesOf(row), organisationId);
  if (!party) throw new Error('Evaluation row outside the caller’s parties');
  const organisation = (id: string, name: string): PartyOrganisation => ({ id, name });
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    fiscalYear: row.fiscal_year,
    status: row.status,
    phase: phaseOf(row.status),
    bureau: organisation(row.bureau_org_id, row.bureau_name),
    firm: organisation(row.firm_org_id, row.firm_name),
    unit: organisation(row.unit_org_id, row.unit_name),
    myParty: party,
    fundsInScope: trimDecimal(row.funds_in_scope),
    dueDates: row.due_dates,
    currentDueDate: row.current_due_date,
    overdue: row.overdue,
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/**
 * Many evaluations' keys as two parameters, for `(bureau_org_id, evaluation_id) IN (${MANY_EVALUATIONS})`
 * with `$1` the bureau ids and `$2` the evaluation ids: one query for a whole list, on the key index.
 */
export const MANY_EVALUATIONS = `SELECT * FROM unnest($1::uuid[], $2::uuid[])`;

export function evaluationKeys(rows: readonly EvaluationRow[]): [string[], string[]] {
  return [rows.map((row) => row.bureau_org_id), rows.map((row) => row.id)];
}
