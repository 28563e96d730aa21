import { Pipe, inject, type PipeTransform } from '@angular/core';
import type { NotificationText } from '@jixiao/contracts';
import { renderMessage } from '@jixiao/domain';
import { I18nService } from '../i18n/i18n.service';

/** A notification's text in the UI language: the same catalog the API's mails use. */
@Pipe({ name: 'notificationText', pure: false })
export class NotificationTextPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(text: NotificationText): string {
    return renderMessage(text, this.i18n.locale());
  }
}
