export * from './evaluations.module';
export { EVALUATIONS_SCHEMA } from './evaluations.schema';
