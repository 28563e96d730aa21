export * from './organisation/organisation-kind';
export * from './organisation/roles';
export * from './organisation/credit-code';
export * from './identity/password-policy';
export * from './authorization/ability';
export * from './audit/audit-chain';
export * from './scoring';
export * from './evaluation';
export * from './messages';
export * from './report';
// Reminders and notifications (issue 9)
export * from './notifications';
export * from './requests';
// Three-level review (三级复核, issue 11)
export * from './review';
// Feedback (征求意见, issue 11)
export * from './feedback';
