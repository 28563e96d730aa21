export * from './evaluations.module';
export { EVALUATIONS_SCHEMA } from './evaluations.schema';
export { EvaluationsService } from './evaluations/evaluations.service';
export { EvaluationTransitions } from './evaluations/evaluation-transitions.service';
// Fieldwork: fiscal figures and the scoring workbench (issue 9)
export { FieldworkBlockersReader } from './workbench/fieldwork-blockers';
