import type {
  GateProblem,
  ReportDocument,
  ReportModel,
  ReportNarrative,
  ReportOptions,
} from '@jixiao/domain';

/** A saved version's stage: 初稿 → 交换意见稿 → 终稿 → 正式报告. */
export const REPORT_STAGES = ['draft', 'for_feedback', 'final_draft', 'issued'] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

/** The team's working text (firm-internal), optimistic by `version`. */
export interface ReportDraft {
  narrative: ReportNarrative;
  options: ReportOptions;
  /** 0 before the first save. */
  version: number;
  updatedByName: string | null;
  updatedAt: string | null;
}

export interface ReportVersionSummary {
  id: string;
  seq: number;
  stage: ReportStage;
  /** sha256 of the snapshot (model JSON), hex. */
  contentHash: string;
  total: string | null;
  grade: string | null;
  createdByName: string;
  createdAt: string;
}

export interface ReportVersionDetail extends ReportVersionSummary {
  model: ReportModel;
  document: ReportDocument;
}

/** The report workspace: the live model from the data and the draft, its rendering, the gate, the versions. */
export interface ReportView {
  /** The firm sees the live draft; the bureau and the unit only versions from 交换意见稿 on. */
  draft: ReportDraft | null;
  model: ReportModel | null;
  document: ReportDocument | null;
  problems: GateProblem[];
  versions: ReportVersionSummary[];
  canWrite: boolean;
  /** Stages the caller may save now. */
  stages: ReportStage[];
}

export interface SaveReportDraftRequest {
  narrative: ReportNarrative;
  options?: Partial<ReportOptions>;
  version: number;
}

export interface SaveReportVersionRequest {
  stage: ReportStage;
}

/** One paragraph-level change between two versions. */
export interface ReportTextChange {
  /** Where it is: the heading it stands under. */
  place: string;
  before: string | null;
  after: string | null;
}

export interface ReportScoreChange {
  id: string;
  name: string;
  before: string | null;
  after: string | null;
}

export interface ReportDiff {
  from: ReportVersionSummary;
  to: ReportVersionSummary;
  text: ReportTextChange[];
  scores: ReportScoreChange[];
}

/** Files of a version: .docx, PDF (from the .docx), the scoring table .xlsx. */
export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A render job's state, shown as progress while it runs; `done` files are served from storage. */
export interface ReportRenderStatus {
  format: ReportFormat;
  status: 'none' | 'queued' | 'rendering' | 'done' | 'failed';
  progress: number;
  failure: 'converter_missing' | 'conversion_timeout' | 'conversion_failed' | 'render_failed' | null;
}

export interface RenderReportRequest {
  format: ReportFormat;
}
