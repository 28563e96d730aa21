import { Global, Module } from '@nestjs/common';
import { NotificationsController } from '../notifications/notifications.controller';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { FailedJobsController } from './failed/failed-jobs.controller';
import { FailedJobsRepository } from './failed/failed-jobs.repository';
import { FailedJobsService } from './failed/failed-jobs.service';
import { JobQueue } from './job-queue';
import { JobWorker } from './job-worker';
import { Mailer } from './mail/mailer';
import { NotificationDispatcher } from './notification-dispatcher';
import { InvitationPlanner } from './outbox/invitation-planner';
import { OutboxPlanners } from './outbox/outbox-planners';
import { OutboxRelay } from './outbox/outbox-relay';
import { OwnerDatabase } from './owner-database';
import { DailyReminders } from './reminders/daily-reminders';
import { ReminderSources } from './reminders/reminder-sources';
// The report (issue 10)
import { RenderJobs } from './renders/render-jobs';
// The archive package (issue 11)
import { ArchiveJobs } from './archive/archive-jobs';

/**
 * Background jobs (pg-boss), the outbox relay, mail, daily reminders and the notification centre.
 * Global, so capabilities inject `OutboxPlanners` and `ReminderSources` to register what they add.
 */
@Global()
@Module({
  controllers: [NotificationsController, FailedJobsController],
  providers: [
    OwnerDatabase,
    JobQueue,
    OutboxPlanners,
    ReminderSources,
    NotificationDispatcher,
    OutboxRelay,
    InvitationPlanner,
    Mailer,
    DailyReminders,
    RenderJobs,
    // The archive package (issue 11)
    ArchiveJobs,
    JobWorker,
    FailedJobsRepository,
    FailedJobsService,
    NotificationsRepository,
    NotificationsService,
  ],
  exports: [
    OwnerDatabase,
    JobQueue,
    OutboxPlanners,
    ReminderSources,
    JobWorker,
    OutboxRelay,
    DailyReminders,
    // The report (issue 10)
    RenderJobs,
    // The archive package (issue 11)
    ArchiveJobs,
  ],
})
export class JobsModule {}
