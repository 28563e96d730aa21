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

  /** pg-boss creates its schema when a queue first starts; before that there are no jobs. */
  private async installed(): Promise<boolean> {
    const [row] = await this.db.query<{ table: string | null }>(`SELECT to_regclass($1)::text AS table`, [
      `${JOBS_SCHEMA}.job`,
    ]);
    return Boolean(row?.table);
  }

  async list(limit: number): Promise<FailedJob[]> {
    if (!(await this.installed())) return [];
    const rows = await this.db.query<FailedJobRow>(
      `SELECT id, name, data, output, retry_count, created_on, completed_on FROM ${JOBS_SCHEMA}.job
        WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST, id LIMIT $1`,
      [limit],
    );
    return rows.map(toFailedJob);
  }

  /** Any job by id, with whether it is failed (the only state the operator may retry from). */
  async find(id: string): Promise<{ job: FailedJob; failed: boolean } | undefined> {
    if (!(await this.installed())) return undefined;
    const [row] = await this.db.query<FailedJobRow & { state: string }>(
      `SELECT id, name, data, output, retry_count, created_on, completed_on, state FROM ${JOBS_SCHEMA}.job
        WHERE id = $1`,
      [id],
    );
    return row && { job: toFailedJob(row), failed: row.state === 'failed' };
  }
}
