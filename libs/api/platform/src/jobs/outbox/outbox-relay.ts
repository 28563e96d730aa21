import { Injectable, Logger } from '@nestjs/common';
import { NotificationDispatcher } from '../notification-dispatcher';
import { OwnerDatabase, type OwnerSql } from '../owner-database';
import { OutboxPlanners, type Deliveries, type OutboxMessage } from './outbox-planners';
import { outboxRelayRepository as outbox } from './outbox-relay.repository';

const BATCH = 50;

/**
 * `outbox.relay`: delivers committed outbox messages. Each batch is one owner transaction that claims
 * rows with FOR UPDATE SKIP LOCKED, writes their notifications (and queues their mails) and sets
 * `processed_at` — so two relays never deliver one message twice, and a crash delivers it later.
 * A message that cannot be planned is rolled back to its savepoint, counted and skipped; the job then
 * fails, so pg-boss retries it and the operator sees it if it keeps failing.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);

  constructor(
    private readonly db: OwnerDatabase,
    private readonly planners: OutboxPlanners,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  async handleOutboxRelay(): Promise<void> {
    const failures: string[] = [];
    for (;;) {
      const claimed = await this.db.transaction(async (tx) => {
        const messages = await outbox.claim(tx, BATCH);
        for (const message of messages) {
          try {
            await tx.savepoint(async () => {
              await this.dispatcher.deliver(
                tx,
                `outbox:${message.id}`,
                await this.plan(message, tx),
                message.createdAt,
              );
              await outbox.markProcessed(tx, message.id);
            });
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            await outbox.markFailed(tx, message.id, reason);
            failures.push(`${message.kind} ${message.id}: ${reason}`);
          }
        }
        return messages.length;
      });
      if (claimed < BATCH) break;
    }
    if (failures.length > 0) {
      this.logger.warn(`Outbox relay: ${failures.length} message(s) failed`);
      throw new Error(`Outbox messages not delivered: ${failures.join('; ')}`);
    }
  }

  private async plan(message: OutboxMessage, tx: OwnerSql): Promise<Deliveries> {
    const planner = this.planners.find(message.kind);
    if (!planner) throw new Error(`No planner for outbox kind ${message.kind}`);
    return planner.plan(message, tx);
  }
}
