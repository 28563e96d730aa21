import type {
  DecimalString,
  EvaluationResult,
  FigureGroup,
  FigureVerification,
  Figures,
  Framework,
  ObservedValue,
  StaleReason,
} from '@jixiao/domain';

/**
 * Fieldwork, fiscal figures (财务数据) and the scoring workbench (评分工作台), under
 * `/api/evaluations/:id/figures`, `/projects` and `/workbench`. Amounts are decimal strings (万元).
 */

export interface FigureView {
  key: string;
  name: string;
  unit: string;
  group: FigureGroup;
  /** The adopted framework's measures (or rules) read this figure. */
  needed: boolean;
  /** What the unit entered; null when not entered. */
  value: DecimalString | null;
  sourceFileId: string | null;
  sourceFileName: string | null;
  sourceNote: string;
  enteredByName: string | null;
  enteredAt: string | null;
  verification: FigureVerification;
  verificationComment: string;
  /** The team's correction, beside (never over) the unit's value. */
  correctedValue: DecimalString | null;
  verifiedByName: string | null;
  verifiedAt: string | null;
  /** The value the engine uses: the correction when corrected, else the unit's value. */
  effectiveValue: DecimalString | null;
  /** 0 when the figure has never been stored. */
  version: number;
}

export interface EvaluationProject {
  id: string;
  name: string;
  budget: DecimalString;
  actual: DecimalString;
  completion: ProjectCompletion;
  note: string;
  version: number;
}

export const PROJECT_COMPLETIONS = ['completed', 'in_progress', 'not_started'] as const;
export type ProjectCompletion = (typeof PROJECT_COMPLETIONS)[number];

export interface FiguresOverview {
  figures: FigureView[];
  projects: EvaluationProject[];
  /** Needed figures not verified yet (key and name): fieldwork cannot close while any is listed. */
  unverified: { key: string; name: string }[];
}

export interface EnterFigureRequest {
  /** 万元 (or persons, %, copies) as a decimal string; null clears the figure. */
  value: DecimalString | null;
  sourceFileId?: string | null;
  sourceNote?: string;
  /** The version the edit started from (0 for a figure never stored). */
  version: number;
}

export interface VerifyFigureRequest {
  verification: Exclude<FigureVerification, 'pending'>;
  /** Required when questioned (the question) or corrected (the reason). */
  comment?: string;
  /** Required when corrected. */
  correctedValue?: DecimalString;
  version: number;
}

export interface SaveProjectRequest {
  name: string;
  budget: DecimalString;
  actual: DecimalString;
  completion: ProjectCompletion;
  note?: string;
  /** For an update: the version the edit started from. */
  version?: number;
}

/** One indicator's stored workbench inputs. */
export interface WorkbenchRow {
  indicatorId: string;
  observations: Record<string, ObservedValue>;
  override: { score: DecimalString; reason: string } | null;
  findings: string;
  deductionReason: string;
  unscoredReason: string | null;
  referenceText: string;
  evidenceFileIds: string[];
  requestItemIds: string[];
  updatedByName: string;
  updatedAt: string;
  version: number;
}

export interface StoredScoreResult {
  result: EvaluationResult;
  /** The figures the result was computed from. */
  figures: Figures;
  frameworkVersion: number;
  engineVersion: string;
  computedAt: string;
  /** Why it differs from what would be computed now; empty when current. Never rewritten silently. */
  stale: StaleReason[];
}

export interface WorkbenchView {
  framework: Framework;
  frameworkVersion: number;
  /** The engine version of the API (the browser runs the same `evaluate`). */
  engineVersion: string;
  /** The effective figures (corrections applied), as decimal strings. */
  figures: Figures;
  rows: WorkbenchRow[];
  stored: StoredScoreResult | null;
  /** Leaves neither scored nor declared unscored with a reason: fieldwork cannot close while any is listed. */
  unscored: { id: string; name: string }[];
  /** Evaluation files that can be linked as evidence. */
  files: { id: string; name: string; purpose: string }[];
}

export interface SaveWorkbenchRowRequest {
  observations?: Record<string, ObservedValue>;
  override?: { score: DecimalString; reason: string } | null;
  findings?: string;
  deductionReason?: string;
  unscoredReason?: string | null;
  referenceText?: string;
  evidenceFileIds?: string[];
  requestItemIds?: string[];
  /** The version the edit started from (0 for an indicator never saved). */
  version: number;
}

/** The answer to a save: the row as stored and the recomputed, stored result. */
export interface SaveWorkbenchRowResponse {
  row: WorkbenchRow;
  stored: StoredScoreResult;
}
