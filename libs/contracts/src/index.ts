export * from './errors';
export * from './api-types';
export * from './labels';
export * from './frameworks-api';
export * from './evaluations-api';
export * from './files';
export * from './framework-limits';
export * from './requests-api';
