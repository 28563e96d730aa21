export * from './request-status';
export * from './request-due';
export * from './request-refusals';
export * from './request-actions';
export * from './standard-list';
