export * from './lib/home.page';
// Reminders and notifications (issue 9)
export * from './lib/notifications/notifications.page';
