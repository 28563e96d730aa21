import { Injectable } from '@nestjs/common';
import type { Message } from '@jixiao/domain';
import type { OwnerSql } from '../owner-database';

/** An outbox row as the relay reads it. */
export interface OutboxMessage {
  id: string;
  organisationId: string;
  kind: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** One user to notify in the notification centre (and by mail, when SMTP is configured). */
export interface NotificationDraft {
  organisationId: string;
  userId: string;
  email: string;
  text: Message;
  evaluationId: string | null;
}

/** A mail to someone who is not (yet) a user, e.g. an invitation. */
export interface MailDraft {
  to: string;
  subject: Message;
  body: Message;
}

export interface Deliveries {
  notifications: NotificationDraft[];
  mails: MailDraft[];
}

/** Turns one kind of outbox message into its deliveries, reading what it needs on the owner connection. */
export interface OutboxPlanner {
  plan(message: OutboxMessage, db: OwnerSql): Promise<Deliveries>;
}

/**
 * Who is told what for each outbox kind. Capabilities register their kinds when their module starts
 * (the evaluations library registers `evaluation.*`); the relay never changes when a kind is added.
 */
@Injectable()
export class OutboxPlanners {
  private readonly planners = new Map<string, OutboxPlanner>();

  register(kind: string, planner: OutboxPlanner): void {
    if (this.planners.has(kind)) throw new Error(`Outbox kind ${kind} has two planners`);
    this.planners.set(kind, planner);
  }

  find(kind: string): OutboxPlanner | undefined {
    return this.planners.get(kind);
  }
}
