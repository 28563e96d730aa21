export * from './lib/users/users.page';
export * from './lib/users/user-list.component';
export * from './lib/users/invitation-list.component';
export * from './lib/users/role-options';
export * from './lib/organisations/organisations.page';
export * from './lib/organisations/organisation-validators';
export * from './lib/audit/audit.page';
// Reminders and notifications (issue 9)
export * from './lib/jobs/jobs.page';
