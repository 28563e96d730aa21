import type { Role } from '../organisation/roles';
import type { EvaluationFacts } from './evaluation-actor';
import {
  EVENTS_REQUIRING_COMMENT,
  type EvaluationEvent,
  type EvaluationEventType,
} from './evaluation-events';
import type { EvaluationContext } from './evaluation-context';
import { partyOf, type Party } from './parties';
import type { RefusalCode } from './refusals';

const BUREAU_STAFF: readonly Role[] = ['bureau_admin', 'performance_officer'];
const FIRM_MANAGERS: readonly Role[] = ['firm_admin', 'team_lead'];

/** Who may send an event: the party, the roles (any of), and checks on the facts. */
interface EventRule {
  party: Party;
  roles: readonly Role[];
  /** When set, the actor must also be this evaluation's team lead (facts). */
  teamLead?: boolean;
  check?: (context: EvaluationContext, event: EvaluationEvent) => RefusalCode | null;
}

/** Everything that still keeps the work plan from being submitted (empty when nothing does). */
/** The report's consistency gate blocks the version from leaving the firm (issue 10). */
function reportBlocked(facts: EvaluationFacts): boolean {
  return (facts.reportBlockers?.length ?? 0) > 0;
}

export function planBlockers(facts: EvaluationFacts): RefusalCode[] {
  const blockers: RefusalCode[] = [];
  if (!facts.teamHasLead) blockers.push('team_without_lead');
  if (facts.undeclaredMembers > 0) blockers.push('declarations_missing');
  if (!facts.frameworkAdopted) blockers.push('framework_missing');
  if (facts.planMissingSections.length > 0) blockers.push('plan_incomplete');
  return blockers;
}

function planReady(facts: EvaluationFacts): RefusalCode | null {
  return planBlockers(facts)[0] ?? null;
}

/** The rule of every event, one table: the machine's guards and the web's buttons both read it. */
export const EVENT_RULES: Record<EvaluationEventType, EventRule> = {
  ACCEPT: { party: 'firm', roles: FIRM_MANAGERS },
  DECLINE: { party: 'firm', roles: FIRM_MANAGERS },
  REASSIGN_FIRM: {
    party: 'bureau',
    roles: BUREAU_STAFF,
    check: (context, { newFirmOrgId, facts }) => {
      if (!newFirmOrgId || newFirmOrgId === context.parties.firmOrgId) return 'same_firm';
      if (newFirmOrgId === context.parties.bureauOrgId || newFirmOrgId === context.parties.unitOrgId)
        return 'same_firm';
      return facts.newFirmInRoster === true ? null : 'firm_not_in_roster';
    },
  },
  CANCEL: { party: 'bureau', roles: BUREAU_STAFF },
  SUBMIT_PLAN: {
    party: 'firm',
    roles: ['team_lead', 'firm_admin', 'evaluator'],
    teamLead: true,
    check: (_, e) => planReady(e.facts),
  },
  RETURN_PLAN: { party: 'bureau', roles: BUREAU_STAFF },
  APPROVE_PLAN: { party: 'bureau', roles: BUREAU_STAFF },
  CLOSE_FIELDWORK: {
    party: 'firm',
    roles: ['team_lead', 'firm_admin', 'evaluator'],
    teamLead: true,
    check: (_, { facts }) =>
      facts.fieldworkBlockers === undefined
        ? 'not_available_yet'
        : facts.fieldworkBlockers.length > 0
          ? 'fieldwork_incomplete'
          : null,
  },
  SEND_FOR_FEEDBACK: {
    party: 'firm',
    roles: ['team_lead', 'firm_admin', 'evaluator'],
    teamLead: true,
    check: (_, { facts }) =>
      facts.draftReady === undefined
        ? 'not_available_yet'
        : !facts.draftReady
          ? 'draft_missing'
          : reportBlocked(facts)
            ? 'report_inconsistent'
            : null,
  },
  PRODUCE_FINAL: {
    party: 'firm',
    roles: ['team_lead', 'firm_admin', 'evaluator'],
    teamLead: true,
    check: (_, { facts }) =>
      reportBlocked(facts)
        ? 'report_inconsistent'
        : facts.unansweredOpinions === undefined
          ? 'not_available_yet'
          : facts.unansweredOpinions > 0
            ? 'opinions_unanswered'
            : facts.feedbackPending
              ? 'feedback_pending'
              : null,
  },
  SUBMIT_FOR_REVIEW: { party: 'firm', roles: ['team_lead', 'firm_admin', 'evaluator'], teamLead: true },
  SIGN_REVIEW: {
    party: 'firm',
    roles: ['reviewer'],
    check: (_, { facts }) => {
      if (facts.actorIsReportAuthor === undefined || facts.actorHasSignedReview === undefined)
        return 'not_available_yet';
      if (facts.actorIsReportAuthor) return 'reviewer_is_author';
      if (facts.actorHasSignedReview) return 'reviewer_signed_already';
      // Three-level review (三级复核, issue 11): a level cannot sign while notes are open.
      if (facts.openReviewNotes === undefined) return 'not_available_yet';
      return facts.openReviewNotes > 0 ? 'review_notes_open' : null;
    },
  },
  RETURN_REVIEW: { party: 'firm', roles: ['reviewer'] },
  ISSUE: {
    party: 'firm',
    roles: ['firm_admin'],
    check: (context) => (context.signedLevels >= context.reviewLevels ? null : 'review_incomplete'),
  },
  ACKNOWLEDGE: { party: 'bureau', roles: BUREAU_STAFF },
  RETURN_ISSUED: { party: 'bureau', roles: BUREAU_STAFF },
  ARCHIVE: { party: 'firm', roles: ['firm_admin', 'archivist'] },
};

/**
 * Why `event` may not be sent in `context`, or null when it may. Checks, in order: the actor's party,
 * role, team-lead standing, the required comment, and the event's own facts. The phase is the
 * machine's business (an event the current state does not handle is `wrong_phase`).
 */
export function eventRefusal(context: EvaluationContext, event: EvaluationEvent): RefusalCode | null {
  const rule = EVENT_RULES[event.type];
  const party = partyOf(context.parties, event.actor.organisationId);
  if (party === null) return 'not_a_party';
  if (party !== rule.party) return 'wrong_party';
  if (!event.actor.roles.some((role) => rule.roles.includes(role))) return 'wrong_role';
  if (rule.teamLead && !event.facts.actorIsTeamLead) return 'not_team_lead';
  if (EVENTS_REQUIRING_COMMENT.includes(event.type) && !event.comment?.trim()) return 'comment_required';
  return rule.check?.(context, event) ?? null;
}
