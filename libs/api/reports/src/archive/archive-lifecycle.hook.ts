import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  LifecycleHooks,
  type AppliedTransition,
  type EvaluationRow,
  type LifecycleHook,
} from '@jixiao/api-evaluations';
import { Outbox } from '@jixiao/api-platform';
import { ARCHIVE_PACKAGE_OUTBOX_KIND } from './archive-package.planner';
import { ArchivePackageRepository } from './archive-package.repository';

/**
 * On ARCHIVE, in the transition's transaction: the package row (queued) and an outbox message. The
 * relay turns the message into the `archive.build` job once the transition has committed, so the job
 * never sees an evaluation that is not yet archived, and a transition that rolls back queues nothing.
 */
@Injectable()
export class ArchiveLifecycleHook implements LifecycleHook, OnModuleInit {
  constructor(
    private readonly hooks: LifecycleHooks,
    private readonly packages: ArchivePackageRepository,
    private readonly outbox: Outbox,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  async applied(row: EvaluationRow, transition: AppliedTransition): Promise<void> {
    if (transition.event !== 'ARCHIVE') return;
    await this.packages.queue(row, { userId: transition.actor.userId, name: transition.actorName });
    await this.outbox.enqueue(transition.actor.organisationId, ARCHIVE_PACKAGE_OUTBOX_KIND, {
      bureauOrgId: row.bureau_org_id,
      evaluationId: row.id,
    });
  }
}
