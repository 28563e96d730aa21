import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FailedJob } from '@jixiao/contracts';
import { Authorized } from '../../authz/endpoint.decorator';
import { uuidParam } from '../../validation/validators';
import { FailedJobsService } from './failed-jobs.service';

@ApiTags('jobs')
@Controller('jobs')
export class FailedJobsController {
  constructor(private readonly failed: FailedJobsService) {}

  @Get('failed')
  @Authorized('read', 'Job')
  @ApiOkResponse({ description: 'Background jobs that failed after their last retry (newest first).' })
  list(): Promise<FailedJob[]> {
    return this.failed.list();
  }

  @Post('failed/:id/retry')
  @HttpCode(200)
  @Authorized('update', 'Job', { audit: 'job.retry' })
  @ApiOkResponse({ description: 'Queued again; JOB_NOT_FAILED (409) when it is not failed.' })
  retry(@Param('id', uuidParam) id: string): Promise<FailedJob[]> {
    return this.failed.retry(id);
  }
}
