import { Injectable } from '@nestjs/common';
import type { FailedJob } from '@jixiao/contracts';
import { JOBS_SCHEMA } from '../job-queue';
import { OwnerDatabase } from '../owner-database';

interface FailedJobRow {
  id: string;
  name: string;
  data: Record<string, unknown> | null;
  output: { message?: unknown; value?: { message?: unknown } } | null;
  retry_count: number;
  created_on: Date;
  completed_on: Date | null;
}

function errorOf(output: FailedJobRow['output']): string {
  const message = output?.message ?? output?.value?.message;
  return typeof message === 'string' ? message : JSON.stringify(output ?? {});
}

function toFailedJob(row: FailedJobRow): FailedJob {
  return {
    id: row.id,
    queue: row.name,
    error: errorOf(row.output).slice(0, 2000),
    attempts: row.retry_count + 1,
    createdAt: row.created_on.toISOString(),
    failedAt: row.completed_on?.toISOString() ?? null,
    data: row.data ?? {},
  };
}

/** pg-boss's job table, read on the owner connection (the runtime role has no access to `pgboss`). */
@Injectable()
export class FailedJobsRepository {
  constructor(private readonly db: OwnerDatabase) {}

  async list(limit: number): Promise<FailedJob[]> {
    const [installed] = await this.db.query<{ table: string | null }>(
      `SELECT to_regclass($1) AS table`,
      [`${JOBS_SCHEMA}.job`],
    );
    if (!installed?.table) return [];
    const rows = await this.db.query<FailedJobRow>(
      `SELECT id, name, data, output, retry_count, created_on, completed_on FROM ${JOBS_SCHEMA}.job
        WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST, id LIMIT $1`,
      [limit],
    );
    return rows.map(toFailedJob);
  }

  async find(id: string): Promise<FailedJob | undefined> {
    const [row] = await this.db.query<FailedJobRow>(
      `SELECT id, name, data, output, retry_count, created_on, completed_on FROM ${JOBS_SCHEMA}.job
        WHERE id = $1 AND state = 'failed'`,
      [id],
    );
    return row && toFailedJob(row);
  }
}
