import { Injectable } from '@nestjs/common';
import type { NotificationItem, NotificationText } from '@jixiao/contracts';
import { TenantDatabase } from '../tenancy/tenant-database';

interface NotificationRow {
  id: string;
  code: string;
  params: NotificationText['params'] | null;
  evaluation_id: string | null;
  created_at: Date;
  read_at: Date | null;
}

const COLUMNS = `id, code, params, evaluation_id, created_at, read_at`;

function toItem(row: NotificationRow): NotificationItem {
  return {
    id: row.id,
    text: { code: row.code, params: row.params ?? {} },
    evaluationId: row.evaluation_id,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}

/**
 * The caller's notifications, as the runtime role: row-level security shows a user their own rows
 * only (organisation and user), so no query here can reach anyone else's.
 */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: TenantDatabase) {}

  /** Newest first; `before` is the id of the last item of the previous page. */
  async page(userId: string, before: string | null, limit: number): Promise<NotificationItem[]> {
    const rows = (await this.db.manager.query(
      `SELECT ${COLUMNS} FROM notification
        WHERE user_id = $1
          AND ($2::uuid IS NULL OR (created_at, id) < (SELECT created_at, id FROM notification WHERE id = $2))
        ORDER BY created_at DESC, id DESC LIMIT $3`,
      [userId, before, limit],
    )) as NotificationRow[];
    return rows.map(toItem);
  }

  async find(userId: string, id: string): Promise<NotificationItem | undefined> {
    const [row] = (await this.db.manager.query(
      `SELECT ${COLUMNS} FROM notification WHERE user_id = $1 AND id = $2`,
      [userId, id],
    )) as NotificationRow[];
    return row && toItem(row);
  }

  async unread(userId: string): Promise<number> {
    const [row] = (await this.db.manager.query(
      `SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    )) as { unread: number }[];
    return row?.unread ?? 0;
  }

  async markRead(userId: string, id: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND id = $2 AND read_at IS NULL`,
      [userId, id],
    );
  }

  /** Returns how many were unread. */
  async markAllRead(userId: string): Promise<number> {
    const rows = (await this.db.manager.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING id`,
      [userId],
    )) as unknown[][];
    return Array.isArray(rows[0]) ? rows[0].length : rows.length;
  }
}
