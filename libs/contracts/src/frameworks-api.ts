import type {
  ConsistencyReport,
  EvaluationResult,
  Figures,
  Framework,
  FrameworkProblem,
  Message,
  Observations,
  Overrides,
} from '@jixiao/domain';

/** Indicator-system library (评价指标体系库) of an organisation, plus the built-in systems. */

export type FrameworkTemplateStatus = 'active' | 'retired';

export interface FrameworkTemplateSummary {
  id: string;
  /** Built-in systems are read-only and shared by every organisation; copy one to edit it. */
  builtin: boolean;
  name: string;
  status: FrameworkTemplateStatus;
  /** Latest version number (1, 2, …); built-ins are version 1. */
  version: number;
  indicatorCount: number;
  updatedAt: string;
  updatedByName: string | null;
}

export interface FrameworkTemplateVersionInfo {
  version: number;
  createdAt: string;
  createdByName: string | null;
  note: string;
}

export interface FrameworkTemplateDetail extends FrameworkTemplateSummary {
  framework: Framework;
  versions: FrameworkTemplateVersionInfo[];
  /** Validation of the stored framework (warnings such as sub-points not adding up stay visible). */
  problems: FrameworkProblem[];
}

export interface CreateFrameworkTemplateRequest {
  framework: Framework;
  note?: string;
}

/** Saves a new version; `baseVersion` must be the latest version (else 409 CONFLICT). */
export interface UpdateFrameworkTemplateRequest {
  framework: Framework;
  baseVersion: number;
  note?: string;
}

export interface CopyFrameworkTemplateRequest {
  name: string;
}

export interface ScoreFrameworkRequest {
  framework: Framework;
  figures: Figures;
  observations: Observations;
  overrides: Overrides;
  /** A total as a number (92.5) or a decimal text ("92.5"), and a grade, to check. */
  stated?: { total?: string | number; grade?: string };
}

export interface ScoreFrameworkResponse {
  result: EvaluationResult;
  consistency: ConsistencyReport;
  problems: FrameworkProblem[];
}

/** One row-level problem of an imported sheet. */
export interface ImportProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  code: string;
  /** In Chinese; `detail` is the same as a message to render in any locale (`renderMessage`). */
  message: string;
  detail: Message;
}

export interface FrameworkImportPreview {
  /** Null when the sheet could not be read into a framework. */
  framework: Framework | null;
  problems: ImportProblem[];
  indicatorCount: number;
}
