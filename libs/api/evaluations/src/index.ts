export * from './evaluations.module';
export { EVALUATIONS_SCHEMA } from './evaluations.schema';
export { EvaluationsService } from './evaluations/evaluations.service';
export { EvaluationTransitions } from './evaluations/evaluation-transitions.service';
// Request list (资料清单): what blocks closing fieldwork, for the CLOSE_FIELDWORK facts
export { RequestItemsRepository } from './requests/request-items.repository';
export { RequestsService } from './requests/requests.service';
// Fieldwork: fiscal figures and the scoring workbench (issue 9)
export { FieldworkBlockersReader } from './workbench/fieldwork-blockers';
// The lifecycle's later capabilities (report, feedback, review, delivery, archive) hook in here
export { LifecycleHooks, type AppliedTransition, type LifecycleHook } from './lifecycle/lifecycle-hooks';
export { EvaluationAccess } from './evaluations/evaluation-access';
export { WorkGuard } from './evaluations/work-guard';
export type { EvaluationRow } from './evaluations/evaluation-row';
export { EvaluationFrameworkRepository } from './framework/evaluation-framework.repository';
export { FiguresRepository } from './figures/figures.repository';
export { WorkbenchRepository } from './workbench/workbench.repository';
export { HistoryRepository } from './history/history.repository';
export { computeState, stateOf } from './workbench/workbench-inputs';
export { EvaluationFactsReader } from './evaluations/evaluation-facts';
export { partiesOf } from './evaluations/evaluation-row';
export { actorOf } from './evaluations/evaluation-detail';
// Feedback (征求意见, issue 11): who in each party hears about an evaluation (its notifications and reminders)
export {
  evaluationRecipients,
  type EvaluationForNotice,
} from './notifications/evaluation-recipients.repository';
export { TodoSources, type TodoSource } from './lifecycle/todo-sources';
