import type { Role } from '../../organisation/roles';
import type { EvaluationActor, EvaluationFacts } from '../evaluation-actor';
import type { EvaluationParties } from '../parties';

export const PARTIES_FIXTURE: EvaluationParties = {
  bureauOrgId: 'org-bureau',
  firmOrgId: 'org-firm',
  unitOrgId: 'org-unit',
};

/** Facts under which every fact-based guard passes. */
export const READY_FACTS: EvaluationFacts = {
  actorIsTeamLead: true,
  actorIsTeamMember: true,
  actorHasDeclared: true,
  teamHasLead: true,
  undeclaredMembers: 0,
  frameworkAdopted: true,
  planMissingSections: [],
  newFirmInRoster: true,
  fieldworkBlockers: [],
  draftReady: true,
  unansweredOpinions: 0,
  actorIsReportAuthor: false,
  actorHasSignedReview: false,
  // Three-level review (三级复核, issue 11)
  firmReviewLevels: 3,
  openReviewNotes: 0,
};

export function actorOf(organisationId: string, role: Role, userId = 'user-1'): EvaluationActor {
  return { userId, organisationId, roles: [role] };
}
