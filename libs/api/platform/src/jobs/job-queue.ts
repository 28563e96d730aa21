import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { PgBoss, type Db as IDatabase, type JobResult, type Queue } from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JOB_NAMES, type JobHandlers, type JobName, type JobPayloads } from './job-names';

/** pg-boss keeps its tables in a schema of its own, next to the application's. */
export const JOBS_SCHEMA = 'pgboss';

/** Per-queue policy: the relay needs at most one waiting run (a later one would find nothing new). */
const QUEUE_POLICY: Record<JobName, Queue['policy']> = {
  'outbox.relay': 'short',
  'mail.send': 'standard',
  'reminders.daily': 'standard',
  // The report (issue 10): one render per version and format at a time (singletonKey)
  'report.render': 'standard',
  // The archive package (issue 11): one build per evaluation at a time (singletonKey)
  'archive.build': 'standard',
};

/**
 * The pg-boss queue on the application's PostgreSQL (schema `pgboss`, owner connection). `send`
 * queues a job — inside a caller's transaction when given its `db`; `work` makes this process a
 * worker: it polls every queue, runs the daily reminders on their schedule (Asia/Shanghai) and kicks
 * the outbox relay every few seconds. Failed jobs are retried with exponential backoff and, after the
 * last retry, stay `failed` for the operator (FailedJobsService).
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private starting: Promise<PgBoss> | null = null;
  private relayTimer: NodeJS.Timeout | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The started queue (started on first use; workers only where `work` is called). */
  boss(): Promise<PgBoss> {
    this.starting ??= this.start().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  private async start(): Promise<PgBoss> {
    const working = this.config.jobs.inProcess;
    const boss = new PgBoss({
      connectionString: this.config.ownerDatabaseUrl,
      schema: JOBS_SCHEMA,
      application_name: 'jixiao-queue',
      max: 4,
      supervise: working,
      schedule: working,
      cronWorkerIntervalSeconds: Math.min(this.config.jobs.pollingIntervalSeconds, 45),
    });
    boss.on('error', (error: Error) => this.logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    const { retryLimit, retryDelaySeconds } = this.config.jobs;
    for (const name of JOB_NAMES) {
      await boss.createQueue(name, {
        policy: QUEUE_POLICY[name],
        retryLimit,
        retryDelay: retryDelaySeconds,
        retryBackoff: true,
        retryDelayMax: 60 * 60,
        expireInSeconds: 15 * 60,
      });
    }
    return boss;
  }

  async send<N extends JobName>(
    name: N,
    data: JobPayloads[N],
    options: { db?: IDatabase; singletonKey?: string } = {},
  ): Promise<string | null> {
    const boss = await this.boss();
    return boss.send(name, data, options);
  }

  /** Makes this process a worker of every queue (the API with JOBS_IN_PROCESS, or `worker`). */
  async work(handlers: JobHandlers): Promise<void> {
    const boss = await this.boss();
    const pollingIntervalSeconds = this.config.jobs.pollingIntervalSeconds;
    for (const name of JOB_NAMES) {
      const handle = handlers[name] as (data: unknown) => Promise<void>;
      // Up to five jobs per fetch, fetched again at once while batches come back full; each job
      // settles on its own, so one refused mail does not fail the others of its batch.
      await boss.work<JobPayloads[typeof name]>(
        name,
        { pollingIntervalSeconds, batchSize: 5, burstWhenBatchFull: true, perJobResults: true },
        async (jobs) => {
          const results: JobResult[] = [];
          for (const job of jobs) {
            try {
              await handle(job.data);
              results.push({ id: job.id, status: 'completed' });
            } catch (error) {
              const message = error instanceof Error ? error.message : String(error);
              this.logger.warn(`Job ${name} ${job.id} failed (attempt ${job.retryCount + 1}): ${message}`);
              results.push({ id: job.id, status: 'failed', output: { message } });
            }
          }
          return results;
        },
      );
    }
    await boss.schedule(
      'reminders.daily',
      this.config.jobs.reminderCron,
      {},
      {
        tz: this.config.jobs.reminderTimeZone,
      },
    );
    const kick = () =>
      void this.send('outbox.relay', {}).catch((error: unknown) =>
        this.logger.warn(`Could not queue the outbox relay: ${String(error)}`),
      );
    kick();
    // Catch up on today's reminders if the process was down at the scheduled hour (once per item and
    // day anyway: reminder_sent).
    await this.send('reminders.daily', {});
    this.relayTimer = setInterval(kick, this.config.jobs.relayIntervalSeconds * 1000);
    this.relayTimer.unref();
  }

  /** Puts a failed job back in its queue; false when it is not (or no longer) failed. */
  async retry(name: JobName, id: string): Promise<boolean> {
    const boss = await this.boss();
    // The typings declare CommandResponse empty; the object carries `affected` (pg-boss 12 manager).
    const response = (await boss.retry(name, id)) as { affected?: number };
    return (response.affected ?? 0) > 0;
  }

  async stop(): Promise<void> {
    if (this.relayTimer) clearInterval(this.relayTimer);
    this.relayTimer = null;
    const starting = this.starting;
    this.starting = null;
    if (!starting) return;
    const boss = await starting.catch(() => null);
    await boss?.stop({ graceful: true, timeout: 10_000 });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
