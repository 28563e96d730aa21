import type { EvaluationActor } from '../evaluation/evaluation-actor';
import type { EvaluationStatus } from '../evaluation/evaluation-status';
import { partyOf, type EvaluationParties, type Party } from '../evaluation/parties';
import type { Role } from '../organisation/roles';
import type { RequestRefusal } from './request-refusals';
import type { RequestStatus } from './request-status';

/** What can be done with the request list (资料清单). */
export const REQUEST_ACTIONS = [
  'create',
  'edit',
  'delete',
  'send',
  'accept',
  'reject',
  'ask_more',
  'waive',
  'answer',
  'submit',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/** The team's decisions on a submitted (or waiting) item, each recorded in the item's history. */
export const REQUEST_DECISIONS = ['send', 'accept', 'reject', 'ask_more', 'waive'] as const;
export type RequestDecision = (typeof REQUEST_DECISIONS)[number];

/**
 * Every entry of an item's history, from its sending on (drafts have none): the team's sending, edits
 * after sending and decisions, and the unit's submissions of its answer.
 */
export const REQUEST_EVENTS = ['send', 'edited', 'submit', 'accept', 'reject', 'ask_more', 'waive'] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

interface RequestRule {
  party: Party;
  /** The team (declared members) does it; otherwise any of `roles` in the unit. */
  teamWork: boolean;
  roles: readonly Role[];
  /** Item statuses it applies to (null: the item does not exist yet). */
  from: readonly RequestStatus[] | null;
  reasonRequired?: boolean;
}

const OPEN: readonly RequestStatus[] = ['draft', 'sent', 'submitted', 'more_requested', 'rejected'];
const AWAITING_UNIT: readonly RequestStatus[] = ['sent', 'more_requested', 'rejected'];
const TEAM = { party: 'firm', teamWork: true, roles: [] } as const;
const LIAISON = { party: 'unit', teamWork: false, roles: ['liaison', 'unit_admin'] } as const;

/** Who may do what, from which item status. Work happens only while the evaluation is in fieldwork. */
export const REQUEST_RULES: Record<RequestAction, RequestRule> = {
  create: { ...TEAM, from: null },
  edit: { ...TEAM, from: OPEN },
  delete: { ...TEAM, from: ['draft'] },
  send: { ...TEAM, from: ['draft'] },
  accept: { ...TEAM, from: ['submitted'] },
  reject: { ...TEAM, from: ['submitted'], reasonRequired: true },
  ask_more: { ...TEAM, from: ['submitted'], reasonRequired: true },
  waive: { ...TEAM, from: ['sent', 'submitted', 'more_requested', 'rejected'], reasonRequired: true },
  answer: { ...LIAISON, from: AWAITING_UNIT },
  submit: { ...LIAISON, from: AWAITING_UNIT },
};

/** Evaluation statuses in which the request list is worked on. */
export const REQUEST_WORK_STATUSES: readonly EvaluationStatus[] = ['fieldwork'];

export interface RequestSituation {
  evaluationStatus: EvaluationStatus;
  parties: EvaluationParties;
  actor: EvaluationActor;
  actorIsTeamMember: boolean;
  actorHasDeclared: boolean;
  /** The item's status; null when creating one. */
  itemStatus: RequestStatus | null;
  /** The reason given with a decision (trimmed by the caller). */
  reason?: string;
  /** submit: the current round has an explanation or at least one file. */
  answerHasContent?: boolean;
}

function whoRefusal(rule: RequestRule, situation: RequestSituation): RequestRefusal | null {
  const party = partyOf(situation.parties, situation.actor.organisationId);
  if (party === null) return 'not_a_party';
  if (party !== rule.party) return 'wrong_party';
  if (rule.teamWork) {
    if (!situation.actorIsTeamMember) return 'not_team_member';
    return situation.actorHasDeclared ? null : 'declaration_required';
  }
  return situation.actor.roles.some((role) => rule.roles.includes(role)) ? null : 'wrong_role';
}

/** Why `action` is refused in `situation`, or null when it may be done. Pure; the API and web share it. */
export function requestRefusal(action: RequestAction, situation: RequestSituation): RequestRefusal | null {
  const rule = REQUEST_RULES[action];
  const who = whoRefusal(rule, situation);
  if (who) return who;
  if (!REQUEST_WORK_STATUSES.includes(situation.evaluationStatus)) return 'wrong_phase';
  if (rule.from !== null && (situation.itemStatus === null || !rule.from.includes(situation.itemStatus)))
    return 'request_wrong_status';
  if (rule.reasonRequired && !situation.reason?.trim()) return 'request_reason_required';
  if (action === 'submit' && !situation.answerHasContent) return 'request_answer_empty';
  return null;
}

/** The item actions the actor may take now (ignoring reasons and content, which the form asks for). */
export function allowedRequestActions(situation: RequestSituation): RequestAction[] {
  return REQUEST_ACTIONS.filter(
    (action) =>
      action !== 'create' &&
      requestRefusal(action, { ...situation, reason: 'x', answerHasContent: true }) === null,
  );
}

export interface RequestTransition {
  /** The stored state after the decision. */
  state: 'sent' | 'accepted' | 'more_requested' | 'rejected' | 'waived';
  /** A new answer round opens (the unit answers again). */
  newRound: boolean;
}

/** The stored state a decision leads to. */
export function decisionOutcome(decision: RequestDecision): RequestTransition {
  switch (decision) {
    case 'send':
      return { state: 'sent', newRound: false };
    case 'accept':
      return { state: 'accepted', newRound: false };
    case 'reject':
      return { state: 'rejected', newRound: true };
    case 'ask_more':
      return { state: 'more_requested', newRound: true };
    case 'waive':
      return { state: 'waived', newRound: false };
  }
}
