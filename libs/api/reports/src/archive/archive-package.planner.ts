import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  JobQueue,
  OutboxPlanners,
  type Deliveries,
  type OutboxMessage,
  type OutboxPlanner,
  type OwnerSql,
  type OwnerTransaction,
} from '@jixiao/api-platform';

/** The outbox kind the ARCHIVE transition writes; its planner queues the package's build. */
export const ARCHIVE_PACKAGE_OUTBOX_KIND = 'evaluation.archive_package';

function isTransaction(db: OwnerSql): db is OwnerTransaction {
  return 'boss' in db;
}

/**
 * Turns the committed ARCHIVE message into the `archive.build` job, queued in the relay's transaction
 * (so exactly once with the message) with one build per evaluation at a time. Nobody is notified here:
 * the transition's own message tells the parties.
 */
@Injectable()
export class ArchivePackagePlanner implements OutboxPlanner, OnModuleInit {
  constructor(
    private readonly planners: OutboxPlanners,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.planners.register(ARCHIVE_PACKAGE_OUTBOX_KIND, this);
  }

  async plan(message: OutboxMessage, db: OwnerSql): Promise<Deliveries> {
    const { bureauOrgId, evaluationId } = message.payload;
    if (typeof bureauOrgId !== 'string' || typeof evaluationId !== 'string')
      throw new Error(`Outbox ${message.id}: an archive package message without its evaluation`);
    await this.queue.send(
      'archive.build',
      { bureauOrgId, evaluationId },
      { singletonKey: evaluationId, ...(isTransaction(db) ? { db: db.boss } : {}) },
    );
    return { notifications: [], mails: [] };
  }
}
