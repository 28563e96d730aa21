import type { EvaluationListQuery, EvaluationSummary, PartyOrganisation } from '@jixiao/contracts';
import type { EvaluationPhase } from '@jixiao/domain';

/** The list's filter bar. */
export interface EvaluationFilters {
  phase: EvaluationPhase | null;
  fiscalYear: number | null;
  unitId: string | null;
  firmId: string | null;
  overdue: boolean;
  q: string;
}

export const NO_FILTERS: EvaluationFilters = {
  phase: null,
  fiscalYear: null,
  unitId: null,
  firmId: null,
  overdue: false,
  q: '',
};

export function listQuery(filters: EvaluationFilters, page: number, pageSize: number): EvaluationListQuery {
  const q = filters.q.trim();
  return {
    ...(filters.phase ? { phase: filters.phase } : {}),
    ...(filters.fiscalYear ? { fiscalYear: filters.fiscalYear } : {}),
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(filters.firmId ? { firmId: filters.firmId } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(q ? { q } : {}),
    page,
    pageSize,
  };
}

/** Fiscal years to filter by: next year and the five before this one, newest first. */
export function fiscalYears(today: Date): number[] {
  const year = today.getFullYear();
  return Array.from({ length: 7 }, (_, index) => year + 1 - index);
}

/** Adds the organisations seen in `items` to the known options (sorted by name, no duplicates). */
export function mergeOptions(
  known: readonly PartyOrganisation[],
  seen: readonly PartyOrganisation[],
): PartyOrganisation[] {
  const byId = new Map(known.map((organisation) => [organisation.id, organisation]));
  for (const organisation of seen) if (!byId.has(organisation.id)) byId.set(organisation.id, organisation);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export function unitsOf(items: readonly EvaluationSummary[]): PartyOrganisation[] {
  return items.map((item) => item.unit);
}

export function firmsOf(items: readonly EvaluationSummary[]): PartyOrganisation[] {
  return items.map((item) => item.firm);
}
