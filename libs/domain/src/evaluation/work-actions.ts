import type { Role } from '../organisation/roles';
import type { EvaluationActor, EvaluationFacts } from './evaluation-actor';
import type { EvaluationStatus } from './evaluation-status';
import { partyOf, type EvaluationParties, type Party } from './parties';
import type { RefusalCode } from './refusals';
import { WORK_PAPER_STATUSES } from './work-papers';

/** Work on an evaluation that changes its content but not its state. */
export const WORK_ACTIONS = [
  'manage_team',
  'declare_independence',
  'edit_plan',
  'edit_framework',
  'upload_engagement_letter',
  // Fieldwork: fiscal figures and the scoring workbench (issue 9)
  'enter_figures',
  'verify_figures',
  'score',
  // Fieldwork: work papers (工作底稿)
  'edit_work_papers',
  // The report (issue 10)
  'write_report',
  // Delivery (出具, issue 11): the scan of the sealed report (盖章版)
  'upload_sealed_report',
  // Feedback (征求意见, issue 11)
  'fill_feedback',
  'sign_feedback',
  'add_bureau_opinions',
  'answer_feedback',
] as const;
export type WorkAction = (typeof WORK_ACTIONS)[number];

interface WorkRule {
  party: Party;
  /** Any of these roles in the actor's organisation, unless `teamWork` lets the team do it. */
  roles: readonly Role[];
  statuses: readonly EvaluationStatus[];
  /** Team members who declared independence may do it, whatever their organisation role. */
  teamWork?: boolean;
  /** Only a member of the team who has not declared yet. */
  ownDeclaration?: boolean;
}

const PLANNING: readonly EvaluationStatus[] = ['preparation.drafting', 'preparation.returned'];
const OPEN_BEFORE_ISSUE: readonly EvaluationStatus[] = [
  'commissioned',
  'declined',
  'preparation.drafting',
  'preparation.submitted',
  'preparation.returned',
  'fieldwork',
  'draft',
  'feedback',
  'final_draft',
  'review',
];

export const WORK_RULES: Record<WorkAction, WorkRule> = {
  manage_team: {
    party: 'firm',
    roles: ['firm_admin', 'team_lead'],
    statuses: ['preparation.drafting', 'preparation.submitted', 'preparation.returned', 'fieldwork', 'draft'],
  },
  declare_independence: {
    party: 'firm',
    roles: [],
    statuses: OPEN_BEFORE_ISSUE.filter((status) => status !== 'commissioned' && status !== 'declined'),
    ownDeclaration: true,
  },
  edit_plan: { party: 'firm', roles: [], statuses: PLANNING, teamWork: true },
  edit_framework: { party: 'firm', roles: [], statuses: PLANNING, teamWork: true },
  upload_engagement_letter: {
    party: 'bureau',
    roles: ['bureau_admin', 'performance_officer'],
    statuses: OPEN_BEFORE_ISSUE,
  },
  // Fieldwork: the unit enters its figures once; the declared team verifies them and scores.
  enter_figures: { party: 'unit', roles: ['unit_admin', 'liaison'], statuses: ['fieldwork'] },
  verify_figures: { party: 'firm', roles: [], statuses: ['fieldwork'], teamWork: true },
  score: { party: 'firm', roles: [], statuses: ['fieldwork'], teamWork: true },
  // Fieldwork: work papers (工作底稿) — the declared team writes them from fieldwork until review.
  edit_work_papers: { party: 'firm', roles: [], statuses: WORK_PAPER_STATUSES, teamWork: true },
  // The report (issue 10): the declared team writes the narrative and saves versions until review.
  // In review too (issue 11): a change after a sign-off is flagged to the reviewers.
  write_report: {
    party: 'firm',
    roles: [],
    statuses: ['draft', 'feedback', 'final_draft', 'review'],
    teamWork: true,
  },
  // Delivery (出具, issue 11): the firm admin attaches the sealed report's scan until the evaluation is archived.
  upload_sealed_report: { party: 'firm', roles: ['firm_admin'], statuses: ['issued', 'acknowledged'] },
  // Feedback (征求意见, issue 11): the unit fills its form (its head signs it), the bureau may add its own
  // opinions, the declared team answers each one — all while the evaluation is in feedback.
  fill_feedback: { party: 'unit', roles: ['unit_admin', 'liaison', 'head'], statuses: ['feedback'] },
  sign_feedback: { party: 'unit', roles: ['head'], statuses: ['feedback'] },
  add_bureau_opinions: {
    party: 'bureau',
    roles: ['bureau_admin', 'performance_officer'],
    statuses: ['feedback'],
  },
  answer_feedback: { party: 'firm', roles: [], statuses: ['feedback'], teamWork: true },
};

export interface WorkSituation {
  status: EvaluationStatus;
  parties: EvaluationParties;
  actor: EvaluationActor;
  facts: EvaluationFacts;
}

/** Why `actor` may not do `action` now, or null when they may. */
export function workRefusal(action: WorkAction, situation: WorkSituation): RefusalCode | null {
  const rule = WORK_RULES[action];
  const { actor, facts } = situation;
  const party = partyOf(situation.parties, actor.organisationId);
  if (party === null) return 'not_a_party';
  if (party !== rule.party) return 'wrong_party';
  if (!rule.statuses.includes(situation.status)) return 'wrong_phase';
  if (rule.ownDeclaration) {
    if (!facts.actorIsTeamMember) return 'not_team_member';
    return facts.actorHasDeclared ? 'wrong_phase' : null;
  }
  if (rule.teamWork) {
    if (!facts.actorIsTeamMember) return 'not_team_member';
    return facts.actorHasDeclared ? null : 'declaration_required';
  }
  return actor.roles.some((role) => rule.roles.includes(role)) ? null : 'wrong_role';
}

export function allowedWork(situation: WorkSituation): WorkAction[] {
  return WORK_ACTIONS.filter((action) => workRefusal(action, situation) === null);
}
