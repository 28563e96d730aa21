export * from './lib/i18n/translations.zh-cn';
export * from './lib/i18n/translations.en-us';
export * from './lib/i18n/i18n.service';
export * from './lib/i18n/translate.pipe';
export * from './lib/i18n/labels.pipes';
export * from './lib/i18n/evaluation-labels';
export * from './lib/http/api-error';
export * from './lib/http/http-context';
export * from './lib/http/interceptors';
export * from './lib/session/session.service';
export * from './lib/session/auth.guards';
export * from './lib/api/auth-api.service';
export * from './lib/api/users-api.service';
export * from './lib/api/organisations-api.service';
export * from './lib/api/audit-api.service';
export * from './lib/api/frameworks-api.service';
export * from './lib/api/evaluations-api.service';
export * from './lib/api/roster-api.service';
// Fieldwork: work papers (工作底稿)
export * from './lib/api/work-papers-api.service';
// The report (issue 10)
export * from './lib/api/reports-api.service';
export * from './lib/navigation/menu';
export * from './lib/forms/server-errors';
export * from './lib/forms/field-error.pipe';
export * from './lib/i18n/localized-title.strategy';
// Reminders and notifications (issue 9)
export * from './lib/api/notifications-api.service';
export * from './lib/notifications/notification-center.service';
export * from './lib/notifications/notification-text.pipe';
// Request list (资料清单)
export * from './lib/api/requests-api.service';
// Fieldwork: fiscal figures and the scoring workbench (issue 9)
export * from './lib/api/fieldwork-scores-api.service';
// Delivery: issue, acknowledge, archive, amendments (出具, 验收, 归档, issue 11)
export * from './lib/api/delivery-api.service';
// Three-level review (三级复核, issue 11)
export * from './lib/api/review-api.service';
// The archive package (归档包, issue 11)
export * from './lib/api/archive-api.service';
// Feedback (征求意见, issue 11)
export * from './lib/api/feedback-api.service';
