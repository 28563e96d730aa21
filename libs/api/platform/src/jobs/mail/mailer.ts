import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { MailJob } from '../job-names';

/**
 * `mail.send`: one mail through SMTP (nodemailer). A refusal or an unreachable server throws, so
 * pg-boss retries with backoff and, after the last retry, shows the job as failed to the operator.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private transport: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async handleMailSend(job: MailJob): Promise<void> {
    const mail = this.config.mail;
    if (!mail) throw new Error('SMTP is not configured (SMTP_URL)');
    this.transport ??= createTransport(mail.smtpUrl);
    await this.transport.sendMail({ from: mail.from, to: job.to, subject: job.subject, text: job.text });
  }

  onModuleDestroy(): void {
    this.transport?.close();
    this.transport = null;
  }
}
