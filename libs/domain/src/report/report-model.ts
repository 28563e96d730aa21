import type { DecimalString, GradeScale } from '../scoring/framework.model';
import type { ReportFeedback } from '../feedback/feedback-appendix';

/**
 * The report model (报告模型): everything a report says, as pure JSON-serialisable data built from the
 * evaluation — the facts of the cover and the work process, the narrative the team writes per outline
 * slot (with `{{key}}` placeholders), and a snapshot of the scores, figures and overrides the data
 * blocks render. A saved version stores exactly this; `reportDocumentOf` renders it, `reportGate`
 * checks it against the scores recomputed from the tree.
 */
export interface ReportModel {
  facts: ReportFacts;
  options: ReportOptions;
  narrative: ReportNarrative;
  scores: ReportScores;
  /** Every placeholder the narrative may use, with its value resolved from the data. */
  placeholders: PlaceholderValue[];
  /** Feedback (征求意见, issue 11): the form and its answers that fill 附件2, once there is a round. */
  feedback?: ReportFeedback;
}

export interface ReportFacts {
  /** The evaluation's title: 昌吉市人民政府中山路街道办事处2024年度部门整体支出绩效评价. */
  evaluationTitle: string;
  unitName: string;
  bureauName: string;
  firmName: string;
  fiscalYear: number;
  /** The report's date, ISO (2025-07-15). */
  reportDate: string;
  /** Funds in scope (万元, decimal string), when known. */
  fundsInScope: DecimalString | null;
  /** The work process with real dates from the evaluation's history, oldest first. */
  history: ReportMilestone[];
}

export interface ReportMilestone {
  /** Stable key (`commissioned`, `plan_approved`, `fieldwork_started` …). */
  key: string;
  /** 接受委托, 评价方案审定 … */
  label: string;
  /** ISO date. */
  date: string;
}

export interface ReportOptions {
  /** Seed 2's one-page summary table up front (score, grade, funds in scope, execution rate). */
  summaryTable: boolean;
  /** Printed on the cover: 交换意见稿, 终稿 … (empty for a draft or the issued report). */
  versionLabel: string;
}

/** One problem of 六 (存在问题及原因分析): a heading, its text, and the deductions it covers. */
export interface ReportProblem {
  title: string;
  text: string;
  /** Indicator ids whose deduction this problem explains. */
  indicatorIds: string[];
}

export interface ReportNarrative {
  /** Free text per outline slot (`abstract`, `overview.functions`, `analysis.<level-1 id>` …). */
  slots: Record<string, string>;
  /** 六: started from the deduction reasons; each deduction must be covered here or waived. */
  problems: ReportProblem[];
  /** Deductions deliberately left out of 六, each with the reason, by indicator id. */
  waivers: Record<string, string>;
}

/** One row of the scoring table (附件1), any level. */
export interface ReportIndicatorRow {
  id: string;
  parentId: string | null;
  level: number;
  name: string;
  weight: DecimalString;
  /** 指标解释 / 评分标准 as the framework states them. */
  explanation: string;
  standard: string;
  /** The score that counts; null when unscored. */
  score: DecimalString | null;
  /** The rule's score (differs from `score` when overridden). */
  ruleScore: DecimalString | null;
  rate: DecimalString | null;
  /** 完成情况 and 扣分原因 from the workbench. */
  findings: string;
  deductionReason: string;
  overridden: boolean;
  overrideReason: string | null;
  /** Has children in the framework. */
  hasChildren: boolean;
}

export interface ReportLevel1Row {
  id: string;
  name: string;
  weight: DecimalString;
  score: DecimalString | null;
  rate: DecimalString | null;
}

export interface ReportScores {
  totalWeight: DecimalString;
  level1: ReportLevel1Row[];
  indicators: ReportIndicatorRow[];
  total: DecimalString | null;
  grade: string | null;
  gradeScale: GradeScale;
}

export interface PlaceholderValue {
  /** Stable key used in `{{key}}` tokens: `total`, `grade`, `measure.budget_execution_rate`, `level1.1.score` … */
  key: string;
  /** What the editor lists and the gate looks for in typed text: 预算执行率, 前期决策得分 … */
  label: string;
  /** The value as printed: "93.35", "优", "95.35%", "2025年7月15日". */
  value: string;
  /** A number the value stands for (rates as percentages), for the typed-figure check; null for text. */
  numeric: DecimalString | null;
}
