import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { Router } from '@angular/router';
import type { NotificationItem } from '@jixiao/contracts';
import {
  DateTimePipe,
  I18nService,
  NotificationCenter,
  NotificationTextPipe,
  NotificationsApiService,
  TranslatePipe,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzTagModule } from 'ng-zorro-antd/tag';

const PAGE_SIZE = 20;

/** /notifications (消息通知): every notification of the signed-in user, newest first. */
@Component({
  selector: 'jx-notifications-page',
  imports: [
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzListModule,
    NzTagModule,
    TranslatePipe,
    DateTimePipe,
    NotificationTextPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications.page.html',
  styleUrl: './notifications.page.css',
})
export class NotificationsPage implements OnInit {
  private readonly api = inject(NotificationsApiService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  protected readonly center = inject(NotificationCenter);

  protected readonly items = signal<NotificationItem[]>([]);
  protected readonly nextBefore = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    void this.fetch(null);
  }

  protected async loadMore(): Promise<void> {
    const before = this.nextBefore();
    if (before) await this.fetch(before);
  }

  protected async open(item: NotificationItem): Promise<void> {
    if (!item.readAt) await this.markRead(item);
    if (item.evaluationId) await this.router.navigate(['/evaluations', item.evaluationId]);
  }

  protected async markRead(item: NotificationItem): Promise<void> {
    const updated = await this.api.markRead(item.id);
    this.items.update((items) => items.map((each) => (each.id === item.id ? updated : each)));
    await this.center.refresh();
  }

  protected async markAllRead(): Promise<void> {
    await this.api.markAllRead();
    const now = new Date().toISOString();
    this.items.update((items) => items.map((item) => ({ ...item, readAt: item.readAt ?? now })));
    this.center.unread.set(0);
  }

  private async fetch(before: string | null): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.page(before, PAGE_SIZE);
      this.items.update((items) => (before ? [...items, ...page.items] : page.items));
      this.nextBefore.set(page.nextBefore);
      this.center.unread.set(page.unread);
    } catch (caught) {
      this.error.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.loading.set(false);
    }
  }
}
