import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { NotificationItem, NotificationPage, UnreadCount } from '@jixiao/contracts';
import { Authorized } from '../authz/endpoint.decorator';
import { uuidParam } from '../validation/validators';
import { NotificationsQueryDto } from './notifications-query.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Authorized('read', 'Notification')
  @ApiOkResponse({ description: 'The caller’s notifications, newest first, with the unread count.' })
  page(@Query() query: NotificationsQueryDto): Promise<NotificationPage> {
    return this.notifications.page(query.before ?? null, query.limit ?? 20);
  }

  @Get('unread-count')
  @Authorized('read', 'Notification')
  @ApiOkResponse({ description: 'How many are unread (the bell polls this).' })
  unread(): Promise<UnreadCount> {
    return this.notifications.unread();
  }

  @Post('read-all')
  @HttpCode(200)
  @Authorized('update', 'Notification', { audit: 'notification.read_all' })
  @ApiOkResponse()
  markAllRead(): Promise<UnreadCount> {
    return this.notifications.markAllRead();
  }

  @Post(':id/read')
  @HttpCode(200)
  @Authorized('update', 'Notification', { audit: 'notification.read' })
  @ApiOkResponse({ description: 'NOT_FOUND for another user’s notification.' })
  markRead(@Param('id', uuidParam) id: string): Promise<NotificationItem> {
    return this.notifications.markRead(id);
  }
}
