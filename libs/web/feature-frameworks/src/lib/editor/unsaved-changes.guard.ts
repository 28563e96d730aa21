import { inject } from '@angular/core';
import type { CanDeactivateFn } from '@angular/router';
import { I18nService } from '@jixiao/web-data-access';
import { NzModalService } from 'ng-zorro-antd/modal';

export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a page with unsaved changes. */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component) => {
  if (!component.hasUnsavedChanges()) return true;
  const i18n = inject(I18nService);
  const modal = inject(NzModalService);
  return new Promise<boolean>((resolve) => {
    const ref = modal.confirm({
      nzTitle: i18n.t('editor.leaveTitle'),
      nzContent: i18n.t('editor.leaveContent'),
      nzOkText: i18n.t('editor.leave'),
      nzOkDanger: true,
      nzCancelText: i18n.t('editor.stay'),
      nzOnOk: () => resolve(true),
      nzOnCancel: () => resolve(false),
    });
    // Closing the dialog any other way (Esc, the ×) means staying.
    ref.afterClose.subscribe(() => resolve(false));
  });
};
