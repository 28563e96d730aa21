export * from './lib/login.page';
export * from './lib/accept-invitation.page';
export * from './lib/change-password.page';
export * from './lib/password-validators';
