import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { PasswordContext, PasswordProblem } from '@jixiao/domain';
import { passwordProblems } from '@jixiao/domain';
import { i18nError, type TranslationKey } from '@jixiao/web-data-access';

export const PASSWORD_PROBLEM_KEYS: Record<PasswordProblem, TranslationKey> = {
  too_short: 'password.problem.too_short',
  too_long: 'password.problem.too_long',
  too_common: 'password.problem.too_common',
  contains_context: 'password.problem.contains_context',
  repetitive: 'password.problem.repetitive',
};

/** Control validator for the password policy; `context` is read at validation time. */
export function passwordPolicy(context: () => PasswordContext): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value: unknown = control.value;
    if (typeof value !== 'string' || !value) return null;
    const [problem] = passwordProblems(value, context());
    return problem ? i18nError(PASSWORD_PROBLEM_KEYS[problem]) : null;
  };
}

/** Group validator: the confirmation must equal the password (error set on the confirmation). */
export function matchingPasswords(passwordKey: string, confirmKey: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const password = group.get(passwordKey);
    const confirm = group.get(confirmKey);
    if (!password || !confirm) return null;
    const mismatch = Boolean(confirm.value) && confirm.value !== password.value;
    const errors = { ...(confirm.errors ?? {}) };
    delete errors['i18n'];
    if (mismatch) errors['i18n'] = 'password.mismatch';
    // Emitting lets nz-form-control show the text (it listens to the control's status changes).
    if (mismatch !== Boolean(confirm.errors?.['i18n'])) {
      confirm.setErrors(Object.keys(errors).length ? errors : null);
    }
    return null;
  };
}
