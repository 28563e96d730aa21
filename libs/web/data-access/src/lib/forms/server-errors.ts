import type { AbstractControl, FormGroup, ValidationErrors } from '@angular/forms';
import { ApiError } from '../http/api-error';

/**
 * Puts the API's field errors on the matching controls (as `{ server: message }`) and returns the
 * error's message when some detail matched no field, so the form can show it in an alert.
 * Values stay as typed.
 */
export function applyServerErrors(
  form: FormGroup,
  error: ApiError,
  /** Error codes that belong to one field, e.g. `{ AUTH_WRONG_PASSWORD: 'currentPassword' }`. */
  codeFields: Partial<Record<string, string>> = {},
): string | null {
  const codeField = codeFields[error.code];
  const codeControl = codeField ? form.get(codeField) : null;
  if (codeControl) {
    codeControl.markAsDirty();
    codeControl.markAsTouched();
    codeControl.setErrors({ ...(codeControl.errors ?? {}), server: error.message });
    return null;
  }
  let unmatched = error.details.length === 0;
  for (const detail of error.details) {
    const control = form.get(detail.field);
    if (!control) {
      unmatched = true;
      continue;
    }
    control.markAsDirty();
    control.markAsTouched();
    control.setErrors({ ...(control.errors ?? {}), server: detail.message });
  }
  return unmatched ? error.message : null;
}

/** Marks every invalid control dirty so ng-zorro shows its error; true when the form is valid. */
export function validateForm(form: FormGroup): boolean {
  for (const control of Object.values(form.controls)) {
    if (control.invalid) {
      control.markAsDirty();
      control.markAsTouched();
      control.updateValueAndValidity({ onlySelf: true });
    }
  }
  return form.valid;
}

/** The server's message for a control, if the last submit reported one. */
export function serverError(control: AbstractControl | null): string | null {
  const errors: ValidationErrors | null | undefined = control?.errors;
  const message: unknown = errors?.['server'];
  return typeof message === 'string' ? message : null;
}
