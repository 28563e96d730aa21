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
// Feedback (征求意见, issue 11)
export * from './feedback-api';
