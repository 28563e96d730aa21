export * from './errors';
export * from './api-types';
export * from './labels';
export * from './frameworks-api';
export * from './evaluations-api';
export * from './files';
export * from './framework-limits';
// Fieldwork: work papers (工作底稿)
export * from './work-papers-api';
