import { EvaluationBuilder } from './evaluation.builder';
import { OrganisationBuilder } from './organisation.builder';
import type { OnboardableKind } from '@jixiao/domain';

/** Test-data builders: `an.organisation('firm').withUser('team_lead').build(t)`, `an.evaluation()…`. */
export const an = {
  organisation: (kind: OnboardableKind) => new OrganisationBuilder(kind),
  evaluation: () => new EvaluationBuilder(),
};

export { send, COMPLETE_PLAN } from './evaluation.builder';
export type { BuiltOrganisation, BuiltUser } from './organisation.builder';
// Feedback (征求意见, issue 11): an evaluation brought to the 交换意见稿 sent for feedback
export { sendForFeedback } from './report-stage';
// Lifecycle (issue 11): the later phases through the real API — 终稿, review, issue, acknowledgement
export {
  acknowledge,
  advanceFromFeedback,
  bringToPhase,
  issue,
  passReview,
  produceFinal,
  saveReportVersion,
} from './lifecycle';
export type { LaterPhase, LifecyclePeople } from './lifecycle';
