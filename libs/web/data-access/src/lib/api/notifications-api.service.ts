import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { FailedJob, NotificationItem, NotificationPage, UnreadCount } from '@jixiao/contracts';
import { firstValueFrom } from 'rxjs';

/** The notification centre (消息通知) and, for the platform operator, failed background jobs. */
@Injectable({ providedIn: 'root' })
export class NotificationsApiService {
  private readonly http = inject(HttpClient);

  page(before: string | null, limit: number): Promise<NotificationPage> {
    let params = new HttpParams().set('limit', limit);
    if (before) params = params.set('before', before);
    return firstValueFrom(this.http.get<NotificationPage>('/api/notifications', { params }));
  }

  unreadCount(): Promise<UnreadCount> {
    return firstValueFrom(this.http.get<UnreadCount>('/api/notifications/unread-count'));
  }

  markRead(id: string): Promise<NotificationItem> {
    return firstValueFrom(
      this.http.post<NotificationItem>(`/api/notifications/${encodeURIComponent(id)}/read`, null),
    );
  }

  markAllRead(): Promise<UnreadCount> {
    return firstValueFrom(this.http.post<UnreadCount>('/api/notifications/read-all', null));
  }

  failedJobs(): Promise<FailedJob[]> {
    return firstValueFrom(this.http.get<FailedJob[]>('/api/jobs/failed'));
  }

  retryJob(id: string): Promise<FailedJob[]> {
    return firstValueFrom(
      this.http.post<FailedJob[]>(`/api/jobs/failed/${encodeURIComponent(id)}/retry`, null),
    );
  }
}
