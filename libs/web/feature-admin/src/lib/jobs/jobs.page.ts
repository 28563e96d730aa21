import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import type { FailedJob } from '@jixiao/contracts';
import {
  DateTimePipe,
  I18nService,
  NotificationsApiService,
  TranslatePipe,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTypographyModule } from 'ng-zorro-antd/typography';

/** /admin/jobs: background jobs that failed after their retries, for the platform operator. */
@Component({
  selector: 'jx-jobs-page',
  imports: [
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzTableModule,
    NzTypographyModule,
    TranslatePipe,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './jobs.page.html',
  styles: `
    .jx-page-header {
      display: flex;
      justify-content: space-between;
      align-items: flex-start;
      margin-bottom: 16px;
    }
    .jx-page-header h2 {
      margin: 0;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
      margin: 4px 0 0;
    }
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-error {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 12px;
      word-break: break-word;
    }
  `,
})
export class JobsPage implements OnInit {
  private readonly api = inject(NotificationsApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly jobs = signal<FailedJob[]>([]);
  protected readonly loading = signal(false);
  protected readonly retrying = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    void this.reload();
  }

  async reload(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.jobs.set(await this.api.failedJobs());
    } catch (caught) {
      this.error.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.loading.set(false);
    }
  }

  protected async retry(job: FailedJob): Promise<void> {
    this.retrying.set(job.id);
    this.error.set(null);
    try {
      this.jobs.set(await this.api.retryJob(job.id));
      this.message.success(this.i18n.t('jobs.retried'));
    } catch (caught) {
      this.error.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.retrying.set(null);
    }
  }

  protected queueLabel(queue: string): string {
    return this.i18n.tryT(`jobs.queue.${queue}`) ?? queue;
  }

  /** What the job is about, from its payload: a mail's recipient and subject, a reminder's day. */
  protected subject(job: FailedJob): string {
    const { to, subject, day } = job.data;
    if (typeof to === 'string') return typeof subject === 'string' ? `${to} · ${subject}` : to;
    return typeof day === 'string' ? day : '';
  }
}
