import { Pipe, PipeTransform, inject } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { I18nService } from '../i18n/i18n.service';
import type { TranslationKey } from '../i18n/translations.zh-cn';

/**
 * Text for a control's errors: `required`, `email`, `server` (message from the API) and `i18n`
 * (a translation key set by custom validators).
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(errors: ValidationErrors | null | undefined): string {
    if (!errors) return '';
    const server: unknown = errors['server'];
    if (typeof server === 'string') return server;
    const key: unknown = errors['i18n'];
    if (typeof key === 'string') return this.i18n.tryT(key) ?? key;
    if (errors['required']) return this.i18n.t('common.required');
    if (errors['email']) return this.i18n.t('common.invalidEmail');
    return '';
  }
}

/** Validator result naming a translation key. */
export function i18nError(key: TranslationKey): ValidationErrors {
  return { i18n: key };
}
