import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { JobHandlers } from './job-names';
import { JobQueue } from './job-queue';
import { Mailer } from './mail/mailer';
import { OutboxRelay } from './outbox/outbox-relay';
import { DailyReminders } from './reminders/daily-reminders';
// The report (issue 10)
import { RenderJobs } from './renders/render-jobs';
// The archive package (issue 11)
import { ArchiveJobs } from './archive/archive-jobs';

/**
 * Starts working the queues once every module has registered its outbox planners and reminder
 * sources — in the API process by default (JOBS_IN_PROCESS), always in the `worker` command.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobWorker.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: JobQueue,
    private readonly relay: OutboxRelay,
    private readonly mailer: Mailer,
    private readonly reminders: DailyReminders,
    private readonly renders: RenderJobs,
    // The archive package (issue 11)
    private readonly archives: ArchiveJobs,
  ) {}

  get handlers(): JobHandlers {
    return {
      'outbox.relay': () => this.relay.handleOutboxRelay(),
      'mail.send': (mail) => this.mailer.handleMailSend(mail),
      'reminders.daily': async (data) => {
        await this.reminders.handleRemindersDaily(data);
      },
      'report.render': (data) => this.renders.handle(data),
      // The archive package (issue 11)
      'archive.build': (data) => this.archives.handle(data),
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.inProcess) return;
    await this.queue.work(this.handlers);
    this.logger.log(
      `Working the job queues (outbox every ${this.config.jobs.relayIntervalSeconds}s, reminders "${this.config.jobs.reminderCron}" ${this.config.jobs.reminderTimeZone}, mail ${this.config.mail ? 'on' : 'off'})`,
    );
  }
}
