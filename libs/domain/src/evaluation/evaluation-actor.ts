import type { Role } from '../organisation/roles';
import type { FieldworkBlocker } from './fieldwork-blockers';

/** One blocking problem of the report's consistency gate, with the place to fix it. */
export interface ReportBlocker {
  code: string;
  anchor: string;
  message: string;
}

/** The user sending an event: who they are, their organisation and their roles in it. */
export interface EvaluationActor {
  userId: string;
  organisationId: string;
  roles: readonly Role[];
}

/**
 * What the database knows at the moment of the event and the machine cannot: the team, the plan,
 * the adopted indicator system, and (later parts) fieldwork, feedback and review. A later-phase fact
 * left undefined means "not computed yet": its guard refuses instead of assuming.
 */
export interface EvaluationFacts {
  /** The actor is this evaluation's team lead (项目负责人). */
  actorIsTeamLead: boolean;
  /** The actor is a member of the team. */
  actorIsTeamMember: boolean;
  /** The actor has declared independence (回避声明) for this evaluation. */
  actorHasDeclared: boolean;
  teamHasLead: boolean;
  /** Team members who have not declared independence yet. */
  undeclaredMembers: number;
  frameworkAdopted: boolean;
  /** Required sections of the work plan still empty. */
  planMissingSections: readonly string[];
  /** REASSIGN_FIRM: the chosen firm is active in the bureau's roster. */
  newFirmInRoster?: boolean;
  /** Part 2: what still blocks closing fieldwork (empty = nothing). */
  fieldworkBlockers?: readonly FieldworkBlocker[];
  /** Part 3: the draft report exists. */
  draftReady?: boolean;
  /** Part 3: what the report's consistency gate blocks on (empty = the report may leave the firm). */
  reportBlockers?: readonly ReportBlocker[];
  /** Part 4: feedback opinions not answered yet. */
  unansweredOpinions?: number;
  /** Feedback (征求意见, issue 11): the unit's form is neither signed nor past its due date. */
  feedbackPending?: boolean;
  /** Part 4: the actor wrote part of the report. */
  actorIsReportAuthor?: boolean;
  /** Part 4: the actor already signed a review level of this report. */
  actorHasSignedReview?: boolean;
  // Three-level review (三级复核, issue 11)
  /** SUBMIT_FOR_REVIEW: the firm's number of review levels now; the new round keeps it. */
  firmReviewLevels?: number;
  /** Part 4: review notes (复核意见) of the evaluation still open. */
  openReviewNotes?: number;
}

export const NO_FACTS: EvaluationFacts = {
  actorIsTeamLead: false,
  actorIsTeamMember: false,
  actorHasDeclared: false,
  teamHasLead: false,
  undeclaredMembers: 0,
  frameworkAdopted: false,
  planMissingSections: [],
};
