import { Injectable } from '@nestjs/common';
import type { ArchiveBuildJob } from '../job-names';

export type ArchiveBuildHandler = (job: ArchiveBuildJob) => Promise<void>;

/**
 * Where the archive capability registers its package builder (issue 11), so the platform's worker runs
 * `archive.build` jobs without depending on it (like `RenderJobs`). A job with no builder registered
 * fails and is retried, then left for the operator.
 */
@Injectable()
export class ArchiveJobs {
  private handler: ArchiveBuildHandler | null = null;

  register(handler: ArchiveBuildHandler): void {
    this.handler = handler;
  }

  async handle(job: ArchiveBuildJob): Promise<void> {
    if (!this.handler) throw new Error('No archive package builder registered in this process');
    await this.handler(job);
  }
}
