export * from './lib/shell/shell.component';
export * from './lib/lang-switch/lang-switch.component';
export * from './lib/invitation-link/invitation-link.component';
export * from './lib/password-hints/password-hints.component';
export * from './lib/not-found/not-found.page';
export * from './lib/field-error/field-error.component';
// Reminders and notifications (issue 9)
export * from './lib/notification-bell/notification-bell.component';
export * from './lib/percent-input/percent-input.component';
export * from './lib/percent-input/percent';
