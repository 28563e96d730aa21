import { Pipe, PipeTransform, inject } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { I18nService } from '../i18n/i18n.service';
import type { TranslationKey } from '../i18n/translations.zh-cn';

interface LengthError {
  requiredLength: number;
  actualLength: number;
}

const isLengthError = (value: unknown): value is LengthError =>
  typeof value === 'object' && value !== null && 'requiredLength' in value && 'actualLength' in value;

/**
 * Text for a control's errors, naming the field (`label`) and the limit it breaks: `required`,
 * `maxlength`/`minlength` (Angular's validators), `email`, `server` (the API's message for the field)
 * and `i18n` (a translation key set by custom validators).
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(errors: ValidationErrors | null | undefined, label?: string): string {
    if (!errors) return '';
    const server: unknown = errors['server'];
    if (typeof server === 'string')
      return label ? this.i18n.t('field.server', { label, message: server }) : server;
    const key: unknown = errors['i18n'];
    if (typeof key === 'string') return this.i18n.tryT(key, { label: label ?? '' }) ?? key;
    const name = label ?? this.i18n.t('field.thisField');
    if (errors['required'])
      return label ? this.i18n.t('field.required', { label }) : this.i18n.t('common.required');
    const tooLong: unknown = errors['maxlength'];
    if (isLengthError(tooLong)) {
      return this.i18n.t('field.maxLength', {
        label: name,
        max: tooLong.requiredLength,
        actual: tooLong.actualLength,
      });
    }
    const tooShort: unknown = errors['minlength'];
    if (isLengthError(tooShort)) {
      return this.i18n.t('field.minLength', { label: name, min: tooShort.requiredLength });
    }
    if (errors['email']) return this.i18n.t('common.invalidEmail');
    return this.i18n.t('field.invalid', { label: name });
  }
}

/** Validator result naming a translation key. */
export function i18nError(key: TranslationKey): ValidationErrors {
  return { i18n: key };
}
