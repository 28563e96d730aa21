export * from './evaluations.module';
export { EVALUATIONS_SCHEMA } from './evaluations.schema';
export { EvaluationsService } from './evaluations/evaluations.service';
export { EvaluationTransitions } from './evaluations/evaluation-transitions.service';
// Request list (资料清单): what blocks closing fieldwork, for the CLOSE_FIELDWORK facts
export { RequestItemsRepository } from './requests/request-items.repository';
export { RequestsService } from './requests/requests.service';
// Fieldwork: fiscal figures and the scoring workbench (issue 9)
export { FieldworkBlockersReader } from './workbench/fieldwork-blockers';
