export * from './errors';
export * from './api-types';
export * from './labels';
export * from './frameworks-api';
export * from './evaluations-api';
export * from './files';
export * from './framework-limits';
export * from './notifications-api';
export * from './requests-api';
// Fieldwork: fiscal figures and the scoring workbench (issue 9)
export * from './fieldwork-scores-api';
// Fieldwork: work papers (工作底稿)
export * from './work-papers-api';
// The report (issue 10)
export * from './reports-api';
// Delivery: issue, acknowledge, archive dates, amendments (出具, 验收, 归档, issue 11)
export * from './delivery-api';
// Three-level review (三级复核, issue 11)
export * from './review-api';
// The archive package (归档包, issue 11)
export * from './archive-api';
// Feedback (征求意见, issue 11)
export * from './feedback-api';
