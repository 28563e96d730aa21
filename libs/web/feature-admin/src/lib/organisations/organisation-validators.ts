import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { creditCodeProblem, normaliseCreditCode, type CreditCodeProblem } from '@jixiao/domain';
import { i18nError, type TranslationKey } from '@jixiao/web-data-access';

export const CREDIT_CODE_PROBLEM_KEYS: Record<CreditCodeProblem, TranslationKey> = {
  length: 'orgs.creditCode.length',
  character: 'orgs.creditCode.character',
  check_character: 'orgs.creditCode.check_character',
};

/** Unified social credit code, checked live with the domain rule (after normalising case/spaces). */
export function creditCodeValidator(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  if (typeof value !== 'string' || !value.trim()) return null;
  const problem = creditCodeProblem(normaliseCreditCode(value));
  return problem ? i18nError(CREDIT_CODE_PROBLEM_KEYS[problem]) : null;
}

/** Mainland landline or mobile numbers, loosely: digits with optional +, -, spaces and brackets. */
export function phoneValidator(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  if (typeof value !== 'string' || !value.trim()) return null;
  return /^[+\d][\d\s()-]{5,19}$/.test(value.trim()) ? null : i18nError('orgs.invalidPhone');
}
