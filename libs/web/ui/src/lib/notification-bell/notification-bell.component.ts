import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
  type OnDestroy,
  type OnInit,
} from '@angular/core';
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
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropdownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';

const SHOWN = 8;

/** The header bell: unread badge (polled), a dropdown of the latest notifications, mark read. */
@Component({
  selector: 'jx-notification-bell',
  imports: [
    NzBadgeModule,
    NzButtonModule,
    NzDropdownModule,
    NzIconModule,
    NzSpinModule,
    TranslatePipe,
    DateTimePipe,
    NotificationTextPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-bell.component.html',
  styleUrl: './notification-bell.component.css',
})
export class NotificationBellComponent implements OnInit, OnDestroy {
  private readonly api = inject(NotificationsApiService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  protected readonly center = inject(NotificationCenter);

  protected readonly visible = signal(false);
  protected readonly items = signal<NotificationItem[]>([]);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    this.center.start();
  }

  ngOnDestroy(): void {
    this.center.stop();
  }

  protected async opened(visible: boolean): Promise<void> {
    this.visible.set(visible);
    if (!visible) return;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.page(null, SHOWN);
      this.items.set(page.items);
      this.center.unread.set(page.unread);
    } catch (caught) {
      this.error.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.loading.set(false);
    }
  }

  protected async open(item: NotificationItem): Promise<void> {
    this.visible.set(false);
    if (!item.readAt) await this.markRead(item);
    await this.router.navigate(item.evaluationId ? ['/evaluations', item.evaluationId] : ['/notifications']);
  }

  protected async markRead(item: NotificationItem): Promise<void> {
    const updated = await this.api.markRead(item.id);
    this.items.update((items) => items.map((each) => (each.id === item.id ? updated : each)));
    await this.center.refresh();
  }

  protected viewAll(): void {
    this.visible.set(false);
    void this.router.navigate(['/notifications']);
  }

  protected async markAllRead(): Promise<void> {
    await this.api.markAllRead();
    const now = new Date().toISOString();
    this.items.update((items) => items.map((item) => ({ ...item, readAt: item.readAt ?? now })));
    this.center.unread.set(0);
  }
}
