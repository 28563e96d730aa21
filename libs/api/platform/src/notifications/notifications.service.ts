import { Injectable } from '@nestjs/common';
import type { NotificationItem, NotificationPage, UnreadCount } from '@jixiao/contracts';
import { AuditTrail } from '../audit/audit-trail.service';
import { AppError } from '../errors/app-error';
import { RequestContext } from '../tenancy/request-context';
import { NotificationsRepository } from './notifications.repository';

/** The notification centre (消息通知): the caller's own notifications, newest first. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly context: RequestContext,
    private readonly notifications: NotificationsRepository,
    private readonly audit: AuditTrail,
  ) {}

  async page(before: string | null, limit: number): Promise<NotificationPage> {
    const { userId } = this.context.requirePrincipal();
    const items = await this.notifications.page(userId, before, limit + 1);
    const more = items.length > limit;
    const shown = more ? items.slice(0, limit) : items;
    return {
      items: shown,
      nextBefore: more ? (shown[shown.length - 1]?.id ?? null) : null,
      unread: await this.notifications.unread(userId),
    };
  }

  async unread(): Promise<UnreadCount> {
    const { userId } = this.context.requirePrincipal();
    return { unread: await this.notifications.unread(userId) };
  }

  async markRead(id: string): Promise<NotificationItem> {
    const { userId } = this.context.requirePrincipal();
    const notification = await this.notifications.find(userId, id);
    if (!notification) throw AppError.notFound();
    if (notification.readAt === null) {
      await this.notifications.markRead(userId, id);
      await this.audit.record({ action: 'notification.read', targetType: 'notification', targetId: id });
    }
    const updated = await this.notifications.find(userId, id);
    if (!updated) throw AppError.notFound();
    return updated;
  }

  async markAllRead(): Promise<UnreadCount> {
    const { userId } = this.context.requirePrincipal();
    const marked = await this.notifications.markAllRead(userId);
    if (marked > 0)
      await this.audit.record({
        action: 'notification.read_all',
        targetType: 'user',
        targetId: userId,
        detail: { marked },
      });
    return { unread: 0 };
  }
}
