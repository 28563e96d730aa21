/**
 * The notification centre (消息通知) and the operator's view of background jobs — issue 9,
 * "Reminders and notifications".
 */

import type { Message } from '@jixiao/domain';

/** A message as data: a catalog code and its parameters, rendered per locale by `renderMessage`. */
export type NotificationText = Message;

export interface NotificationItem {
  id: string;
  text: NotificationText;
  /** The evaluation the notification is about; clicking it opens the evaluation. */
  evaluationId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: NotificationItem[];
  /** Pass as `before` to read the next (older) page; null on the last page. */
  nextBefore: string | null;
  unread: number;
}

export interface UnreadCount {
  unread: number;
}

/** A background job that failed after its last retry (platform operator only). */
export interface FailedJob {
  id: string;
  queue: string;
  /** The error the handler threw on its last attempt. */
  error: string;
  /** Attempts made: the first run plus retries. */
  attempts: number;
  createdAt: string;
  failedAt: string | null;
  data: Record<string, unknown>;
}
