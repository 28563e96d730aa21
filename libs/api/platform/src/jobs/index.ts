export * from './jobs-config';
export * from './job-names';
export * from './job-queue';
export * from './job-worker';
export * from './jobs.module';
export * from './owner-database';
export * from './outbox/outbox-planners';
export * from './outbox/outbox-relay';
export * from './reminders/reminder-sources';
export * from './reminders/daily-reminders';
// The report (issue 10)
export * from './renders/render-jobs';
// The archive package (issue 11)
export * from './archive/archive-jobs';
