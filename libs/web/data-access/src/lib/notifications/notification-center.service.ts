import { DOCUMENT } from '@angular/common';
import { Injectable, inject, signal } from '@angular/core';
import { NotificationsApiService } from '../api/notifications-api.service';

/** How often the bell asks for the unread count (one indexed count query per user). */
export const UNREAD_POLL_MS = 60_000;

/**
 * The unread count behind the bell: polled every minute while the tab is visible, refreshed at once
 * when the tab comes back and after the user reads something. Shared by the bell and the page.
 */
@Injectable({ providedIn: 'root' })
export class NotificationCenter {
  private readonly api = inject(NotificationsApiService);
  private readonly document = inject(DOCUMENT);
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly onVisible = () => {
    if (!this.document.hidden) void this.refresh();
  };

  readonly unread = signal(0);

  start(): void {
    if (this.timer) return;
    void this.refresh();
    this.timer = setInterval(() => {
      if (!this.document.hidden) void this.refresh();
    }, UNREAD_POLL_MS);
    this.document.addEventListener('visibilitychange', this.onVisible);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.document.removeEventListener('visibilitychange', this.onVisible);
  }

  async refresh(): Promise<void> {
    try {
      this.unread.set((await this.api.unreadCount()).unread);
    } catch {
      // Signed out or offline: the badge keeps its last value until the next poll.
    }
  }
}
