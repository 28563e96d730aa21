import { formatDate, registerLocaleData } from '@angular/common';
import localeZh from '@angular/common/locales/zh';
import { Pipe, PipeTransform, inject } from '@angular/core';
import { ORGANISATION_KIND_LABELS, ROLE_LABELS } from '@jixiao/contracts';
import type { OrganisationKind, Role } from '@jixiao/domain';
import { I18nService } from './i18n.service';

registerLocaleData(localeZh, 'zh-CN');

/** `{{ role | roleLabel }}` in the current locale. */
@Pipe({ name: 'roleLabel', pure: false })
export class RoleLabelPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(role: Role): string {
    return ROLE_LABELS[role]?.[this.i18n.locale()] ?? role;
  }
}

/** `{{ kind | kindLabel }}` in the current locale. */
@Pipe({ name: 'kindLabel', pure: false })
export class KindLabelPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(kind: OrganisationKind): string {
    return ORGANISATION_KIND_LABELS[kind]?.[this.i18n.locale()] ?? kind;
  }
}

/** Local date and time (`yyyy-MM-dd HH:mm`, or with seconds) of an ISO timestamp; empty for null. */
@Pipe({ name: 'dateTime', pure: false })
export class DateTimePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | null | undefined, withSeconds = false): string {
    if (!value) return '';
    return formatDate(value, withSeconds ? 'yyyy-MM-dd HH:mm:ss' : 'yyyy-MM-dd HH:mm', this.i18n.locale());
  }
}

/** Label of an audit action key (`auth.login` → 登录), or the key itself when unknown. */
@Pipe({ name: 'auditAction', pure: false })
export class AuditActionPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(action: string): string {
    return this.i18n.tryT(`audit.action.${action}`) ?? action;
  }
}
