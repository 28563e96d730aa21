import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import type { AuditChainVerification, AuditEventRecord } from '@jixiao/contracts';
import {
  AuditActionPipe,
  AuditApiService,
  DateTimePipe,
  I18nService,
  TranslatePipe,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';

const PAGE_SIZE = 50;

/** /admin/audit: the organisation's audit trail, newest first, with hash-chain verification. */
@Component({
  selector: 'jx-audit-page',
  imports: [
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzTableModule,
    NzTagModule,
    NzTooltipModule,
    TranslatePipe,
    DateTimePipe,
    AuditActionPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit.page.html',
  styles: `
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-mono {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 12px;
    }
    .jx-more {
      text-align: center;
      margin-top: 16px;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
    }
  `,
})
export class AuditPage implements OnInit {
  private readonly api = inject(AuditApiService);
  private readonly i18n = inject(I18nService);

  protected readonly events = signal<AuditEventRecord[]>([]);
  protected readonly nextBeforeSeq = signal<number | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly verifying = signal(false);
  protected readonly verification = signal<AuditChainVerification | null>(null);
  protected readonly verifyError = signal<string | null>(null);

  ngOnInit(): void {
    void this.reload();
  }

  async reload(): Promise<void> {
    this.events.set([]);
    this.nextBeforeSeq.set(null);
    await this.fetch(null);
  }

  async loadMore(): Promise<void> {
    const before = this.nextBeforeSeq();
    if (before !== null) await this.fetch(before);
  }

  async verify(): Promise<void> {
    this.verifying.set(true);
    this.verifyError.set(null);
    this.verification.set(null);
    try {
      this.verification.set(await this.api.verify());
    } catch (caught) {
      this.verifyError.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.verifying.set(false);
    }
  }

  protected target(event: AuditEventRecord): string {
    if (!event.targetType) return '';
    const type = this.i18n.tryT(`audit.targetType.${event.targetType}`) ?? event.targetType;
    return event.targetId ? `${type} · ${event.targetId.slice(0, 8)}` : type;
  }

  private async fetch(beforeSeq: number | null): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const page = await this.api.page(beforeSeq, PAGE_SIZE);
      this.events.update((events) => [...events, ...page.items]);
      this.nextBeforeSeq.set(page.nextBeforeSeq);
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.loading.set(false);
    }
  }
}
