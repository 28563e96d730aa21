import { Pipe, inject, type PipeTransform } from '@angular/core';
import { renderMessage, type Message } from '@jixiao/domain';
import { I18nService } from '@jixiao/web-data-access';

/**
 * Renders an engine, validator or import message (code + parameters) in the current language, with
 * the same catalog the API uses: `{{ node.detail | message: node.explanation }}`.
 */
@Pipe({ name: 'message', pure: false })
export class MessagePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(message: Message | null | undefined, fallback = ''): string {
    return message ? renderMessage(message, this.i18n.locale()) : fallback;
  }
}
