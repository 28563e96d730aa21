import { Inject, Injectable } from '@nestjs/common';
import { renderMessage, type Message } from '@jixiao/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobQueue } from './job-queue';
import type { MailJob } from './job-names';
import type { OwnerTransaction } from './owner-database';
import type { Deliveries } from './outbox/outbox-planners';

const SUBJECT_MAX = 120;

/**
 * Writes deliveries in the caller's owner transaction: notification rows (a second delivery with the
 * same `dedupeKey` is a no-op) and, when SMTP is configured, `mail.send` jobs queued in the same
 * transaction — so a mail is queued exactly when its notification is committed, never twice.
 */
@Injectable()
export class NotificationDispatcher {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: JobQueue,
  ) {}

  /**
   * Returns how many notifications were new. `occurredAt` dates them (the change's time, e.g. its outbox
   * message's), so a late delivery still sorts where it happened.
   */
  async deliver(
    tx: OwnerTransaction,
    dedupeKey: string,
    deliveries: Deliveries,
    occurredAt: Date | null = null,
  ): Promise<number> {
    let created = 0;
    for (const draft of deliveries.notifications) {
      const rows = await tx.query<{ id: string }>(
        `INSERT INTO notification (organisation_id, user_id, code, params, evaluation_id, dedupe_key, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, coalesce($7, now()))
         ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING id`,
        [
          draft.organisationId,
          draft.userId,
          draft.text.code,
          JSON.stringify(draft.text.params ?? {}),
          draft.evaluationId,
          dedupeKey,
          occurredAt,
        ],
      );
      if (rows.length === 0) continue;
      created++;
      const link = draft.evaluationId
        ? `${this.config.publicUrl}/evaluations/${draft.evaluationId}`
        : `${this.config.publicUrl}/notifications`;
      await this.mail(tx, {
        to: draft.email,
        subject: truncate(renderMessage(draft.text, 'zh-CN')),
        text: bilingual(draft.text, { code: 'notification.mail_footer', params: { link } }),
        reference: dedupeKey,
      });
    }
    for (const mail of deliveries.mails) {
      await this.mail(tx, {
        to: mail.to,
        subject: truncate(renderMessage(mail.subject, 'zh-CN')),
        text: bilingual(mail.body),
        reference: dedupeKey,
      });
    }
    return created;
  }

  private async mail(tx: OwnerTransaction, job: MailJob): Promise<void> {
    if (!this.config.mail) return;
    await this.queue.send('mail.send', job, { db: tx.boss });
  }
}

function truncate(text: string): string {
  return text.length > SUBJECT_MAX ? `${text.slice(0, SUBJECT_MAX - 1)}…` : text;
}

/** zh-CN first, then en-US: the users read Chinese; the English copy helps foreign staff. */
function bilingual(body: Message, footer?: Message): string {
  const part = (locale: 'zh-CN' | 'en-US') =>
    [renderMessage(body, locale), footer ? renderMessage(footer, locale) : ''].filter(Boolean).join('\n\n');
  return `${part('zh-CN')}\n\n——\n\n${part('en-US')}\n`;
}
