import { Injectable } from '@nestjs/common';
import type { ReportRenderJob } from '../job-names';

export type ReportRenderHandler = (job: ReportRenderJob) => Promise<void>;

/**
 * Where the report capability registers its renderer, so the platform's worker runs `report.render`
 * jobs without depending on it (like `ReminderSources`). A job with no renderer registered fails and
 * is retried, then left for the operator.
 */
@Injectable()
export class RenderJobs {
  private handler: ReportRenderHandler | null = null;

  register(handler: ReportRenderHandler): void {
    this.handler = handler;
  }

  async handle(job: ReportRenderJob): Promise<void> {
    if (!this.handler) throw new Error('No report renderer registered in this process');
    await this.handler(job);
  }
}
