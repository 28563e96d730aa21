import type { RequestTodoAction } from './requests-api';
import type {
  EvaluationEventType,
  EvaluationKind,
  EvaluationPhase,
  EvaluationStatus,
  FieldworkBlocker,
  Framework,
  Party,
  PhaseDueDates,
  RefusalCode,
  WorkAction,
  WorkPlanText,
} from '@jixiao/domain';

/** Evaluations (评价项目) under `/api/evaluations`, the bureau's firm roster and the units it oversees. */

export interface PartyOrganisation {
  id: string;
  name: string;
}

export interface EvaluationSummary {
  id: string;
  title: string;
  kind: EvaluationKind;
  fiscalYear: number;
  status: EvaluationStatus;
  phase: EvaluationPhase | null;
  bureau: PartyOrganisation;
  firm: PartyOrganisation;
  unit: PartyOrganisation;
  /** The caller's party in this evaluation. */
  myParty: Party;
  /** Funds in scope (评价资金规模), 万元, exact decimal string. */
  fundsInScope: string;
  dueDates: PhaseDueDates;
  /** Due date of the current phase, if any. */
  currentDueDate: string | null;
  overdue: boolean;
  updatedAt: string;
  version: number;
}

export interface EvaluationListQuery {
  status?: EvaluationStatus;
  phase?: EvaluationPhase;
  fiscalYear?: number;
  unitId?: string;
  firmId?: string;
  overdue?: boolean;
  /** Search in title, unit and firm names. */
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface EvaluationPage {
  items: EvaluationSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CommissionEvaluationRequest {
  unitId: string;
  firmId: string;
  fiscalYear: number;
  kind: EvaluationKind;
  /** Optional; generated from unit, year and kind when empty (e.g. 某单位2025年度部门整体支出绩效评价). */
  title?: string;
  fundsInScope: string;
  focus: string;
  requirements: string;
  dueDates: PhaseDueDates;
}

export interface TeamMember {
  userId: string;
  displayName: string;
  teamRole: TeamRole;
  duties: string;
  declaredAt: string | null;
  declaration: string | null;
}

export const TEAM_ROLES = ['lead', 'evaluator'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export interface SetTeamRequest {
  members: { userId: string; teamRole: TeamRole; duties: string }[];
}

/** A firm user who may join the team. */
export interface TeamCandidate {
  userId: string;
  displayName: string;
  email: string;
}

export interface DeclareIndependenceRequest {
  text: string;
  confirmed: boolean;
}

export interface WorkPlan extends WorkPlanText {
  updatedAt: string | null;
  updatedByName: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  version: number;
}

export interface SaveWorkPlanRequest extends WorkPlanText {
  /** The version the edit started from; a stale version is refused. */
  version: number;
}

export interface EvaluationFrameworkInfo {
  sourceTemplateId: string;
  sourceVersion: number;
  sourceName: string;
  framework: Framework;
  adoptedAt: string;
  updatedAt: string;
  version: number;
}

export interface AdoptFrameworkRequest {
  templateId: string;
}

export interface SaveEvaluationFrameworkRequest {
  framework: Framework;
  version: number;
}

export const EVALUATION_FILE_PURPOSES = [
  'engagement_letter',
  'plan_attachment',
  // Fieldwork: fiscal figures (issue 9)
  'figure_source',
  // Delivery (出具, issue 11): the scan of the sealed report (盖章版)
  'issued_report',
  // Feedback (征求意见, issue 11): the scan of the signed and stamped form
  'feedback_form',
] as const;
export type EvaluationFilePurpose = (typeof EVALUATION_FILE_PURPOSES)[number];

export interface EvaluationFile {
  id: string;
  purpose: EvaluationFilePurpose;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedByName: string;
}

export interface HistoryEntry {
  seq: number;
  at: string;
  actorName: string;
  actorOrganisationName: string;
  event: EvaluationEventType | 'COMMISSION';
  from: EvaluationStatus | null;
  to: EvaluationStatus;
  comment: string | null;
}

export interface EvaluationDetail extends EvaluationSummary {
  focus: string;
  requirements: string;
  cancelReason: string | null;
  /** Events the caller may send now (buttons). */
  availableEvents: EvaluationEventType[];
  /** Work the caller may do now. */
  availableWork: WorkAction[];
  team: TeamMember[];
  plan: WorkPlan | null;
  framework: EvaluationFrameworkInfo | null;
  files: EvaluationFile[];
  history: HistoryEntry[];
  /** Why the plan cannot be submitted yet (empty when it can), for the lead's checklist. */
  planBlockers: RefusalCode[];
  /** What still keeps fieldwork from closing (firm, in fieldwork; empty otherwise), for the lead's checklist. */
  fieldworkBlockers: FieldworkBlocker[];
}

export interface TransitionRequest {
  event: EvaluationEventType;
  /** The version the caller saw; a stale version is refused with 409 CONFLICT. */
  version: number;
  comment?: string;
  /** REASSIGN_FIRM: the firm chosen instead. */
  firmId?: string;
}

/** One thing the caller has to do now (待办). */
export interface TodoItem {
  evaluationId: string;
  title: string;
  status: EvaluationStatus;
  /** What to do: an event to send, work to do, or request items to answer or review. */
  action: EvaluationEventType | WorkAction | RequestTodoAction;
  dueDate: string | null;
  overdue: boolean;
  /** Request list: how many items wait for the caller. */
  count?: number;
}

export interface RosterFirm {
  firmId: string;
  name: string;
  creditCode: string;
  region: string;
  status: 'active' | 'suspended';
  addedAt: string;
}

export interface AddRosterFirmRequest {
  creditCode: string;
}

/** Options for the commission form: the bureau's units and its active firms. */
export interface CommissionOptions {
  units: PartyOrganisation[];
  firms: PartyOrganisation[];
}
