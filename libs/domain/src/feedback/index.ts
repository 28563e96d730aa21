export * from './feedback-form';
export * from './feedback-validation';
export * from './feedback-changes';
export * from './feedback-appendix';
export * from './feedback-refusals';
