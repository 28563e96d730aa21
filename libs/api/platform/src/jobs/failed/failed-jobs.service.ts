import { Injectable } from '@nestjs/common';
import type { FailedJob } from '@jixiao/contracts';
import { AuditTrail } from '../../audit/audit-trail.service';
import { AppError } from '../../errors/app-error';
import { RequestContext } from '../../tenancy/request-context';
import { isJobName } from '../job-names';
import { JobQueue } from '../job-queue';
import { FailedJobsRepository } from './failed-jobs.repository';

/** The operator's view of jobs that failed after their last retry, and the retry button. */
@Injectable()
export class FailedJobsService {
  constructor(
    private readonly context: RequestContext,
    private readonly jobs: FailedJobsRepository,
    private readonly queue: JobQueue,
    private readonly audit: AuditTrail,
  ) {}

  list(): Promise<FailedJob[]> {
    this.context.requirePrincipal();
    return this.jobs.list(100);
  }

  async retry(id: string): Promise<FailedJob[]> {
    this.context.requirePrincipal();
    const found = await this.jobs.find(id);
    const queue = found?.job.queue ?? '';
    if (!found || !isJobName(queue)) throw AppError.notFound();
    const { job } = found;
    if (!found.failed || !(await this.queue.retry(queue, id))) throw new AppError('JOB_NOT_FAILED', 409);
    await this.audit.record({
      action: 'job.retry',
      targetType: 'job',
      targetId: id,
      detail: { queue: job.queue, attempts: job.attempts, error: job.error.slice(0, 200) },
    });
    return this.jobs.list(100);
  }
}
