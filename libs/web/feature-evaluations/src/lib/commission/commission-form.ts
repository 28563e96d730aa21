import type { CommissionEvaluationRequest } from '@jixiao/contracts';
import type { EvaluationKind, EvaluationPhase, PhaseDueDates } from '@jixiao/domain';

/** Phases the bureau sets a due date for when it commissions (each optional). */
export const COMMISSION_DUE_PHASES = [
  'preparation',
  'fieldwork',
  'draft',
  'feedback',
  'review',
  'issue',
] as const satisfies readonly EvaluationPhase[];
export type CommissionDuePhase = (typeof COMMISSION_DUE_PHASES)[number];

/** 万元 as the API takes it: up to 14 digits with at most 4 decimals (元 precision is 4 places of 万元). */
export const FUNDS_PATTERN = /^\d{1,14}(\.\d{1,4})?$/;

export interface CommissionFormValue {
  unitId: string;
  firmId: string;
  fiscalYear: number;
  kind: EvaluationKind;
  title: string;
  fundsInScope: string;
  focus: string;
  requirements: string;
  dueDates: Record<CommissionDuePhase, Date | null>;
}

/** A picked date as the ISO calendar date the user saw (local time, not UTC). */
export function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Phases whose due date lies before the due date of an earlier phase. */
export function dueDatesOutOfOrder(dueDates: Record<CommissionDuePhase, Date | null>): CommissionDuePhase[] {
  const problems: CommissionDuePhase[] = [];
  let latest: string | null = null;
  for (const phase of COMMISSION_DUE_PHASES) {
    const date = dueDates[phase];
    if (!date) continue;
    const iso = isoDate(date);
    if (latest !== null && iso < latest) problems.push(phase);
    else latest = iso;
  }
  return problems;
}

/** Normalises funds: no leading zeros, `12.` and `.5` are not accepted by the pattern anyway. */
export function normaliseFunds(value: string): string {
  const trimmed = value.trim().replace(/,/g, '');
  if (!FUNDS_PATTERN.test(trimmed)) return trimmed;
  const [whole = '0', fraction] = trimmed.split('.');
  const integer = whole.replace(/^0+(?=\d)/, '');
  return fraction !== undefined ? `${integer}.${fraction}` : integer;
}

export function commissionRequest(value: CommissionFormValue): CommissionEvaluationRequest {
  const dueDates: PhaseDueDates = {};
  for (const phase of COMMISSION_DUE_PHASES) {
    const date = value.dueDates[phase];
    if (date) dueDates[phase] = isoDate(date);
  }
  const title = value.title.trim();
  return {
    unitId: value.unitId,
    firmId: value.firmId,
    fiscalYear: value.fiscalYear,
    kind: value.kind,
    ...(title ? { title } : {}),
    fundsInScope: normaliseFunds(value.fundsInScope),
    focus: value.focus.trim(),
    requirements: value.requirements.trim(),
    dueDates,
  };
}
