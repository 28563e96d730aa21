import type { EvaluationResult, Figures } from '../scoring/evaluation.model';
import type { Framework, IndicatorNode } from '../scoring/framework.model';
import { dec } from '../scoring/decimal';
import type {
  ReportFacts,
  ReportIndicatorRow,
  ReportModel,
  ReportNarrative,
  ReportOptions,
  ReportProblem,
} from './report-model';
import { placeholderValues } from './report-placeholders';

/** What the workbench says about one indicator: 完成情况 and 扣分原因. */
export interface IndicatorWriting {
  indicatorId: string;
  findings: string;
  deductionReason: string;
}

export interface ReportSource {
  framework: Framework;
  /** `evaluate()` of the stored inputs (the rule-based result with overrides). */
  result: EvaluationResult;
  figures: Figures;
  writings: readonly IndicatorWriting[];
  facts: ReportFacts;
  /** The narrative saved so far; absent for a first generation (六 is then started from the deductions). */
  narrative?: ReportNarrative;
  options?: Partial<ReportOptions>;
}

function walk(
  nodes: readonly IndicatorNode[],
  parentId: string | null,
  visit: (node: IndicatorNode, parentId: string | null) => void,
): void {
  for (const node of nodes) {
    visit(node, parentId);
    walk(node.children ?? [], node.id, visit);
  }
}

/** The rows of 附件1 in framework order, each with its score, the rule's score and the team's writing. */
export function indicatorRows(
  framework: Framework,
  result: EvaluationResult,
  writings: readonly IndicatorWriting[],
): ReportIndicatorRow[] {
  const byId = new Map(result.nodes.map((node) => [node.id, node]));
  const writing = new Map(writings.map((entry) => [entry.indicatorId, entry]));
  const rows: ReportIndicatorRow[] = [];
  walk(framework.indicators, null, (node, parentId) => {
    const scored = byId.get(node.id);
    const written = writing.get(node.id);
    rows.push({
      id: node.id,
      parentId,
      level: scored?.level ?? node.id.split('.').length,
      name: node.name,
      weight: node.weight,
      explanation: node.explanation ?? '',
      standard: node.standard ?? '',
      score: scored?.final ?? null,
      ruleScore: scored?.computed ?? null,
      rate: scored?.rate ?? null,
      findings: written?.findings ?? '',
      deductionReason: written?.deductionReason ?? '',
      overridden: scored?.overridden ?? false,
      overrideReason: scored?.overrideReason ?? null,
      hasChildren: (node.children ?? []).length > 0,
    });
  });
  return rows;
}

/**
 * Where each deduction comes from: a row scored below its weight none of whose children is (the place
 * the points were lost). Its reason may be written on it or on an ancestor.
 */
export function deductionRows(rows: readonly ReportIndicatorRow[]): ReportIndicatorRow[] {
  const deducted = rows.filter((row) => row.score !== null && dec(row.score).lessThan(dec(row.weight)));
  const deductedIds = new Set(deducted.map((row) => row.id));
  return deducted.filter(
    (row) => !rows.some((child) => child.parentId === row.id && deductedIds.has(child.id)),
  );
}

/** The deduction reason of a row: its own, or the nearest ancestor's. */
export function deductionReasonOf(row: ReportIndicatorRow, rows: readonly ReportIndicatorRow[]): string {
  const byId = new Map(rows.map((entry) => [entry.id, entry]));
  for (let at: ReportIndicatorRow | undefined = row; at !== undefined;) {
    if (at.deductionReason.trim() !== '') return at.deductionReason.trim();
    at = at.parentId === null ? undefined : byId.get(at.parentId);
  }
  return '';
}

/** 六 as first generated: one problem per deduction, titled by the indicator, its text the reason. */
export function problemsFromDeductions(rows: readonly ReportIndicatorRow[]): ReportProblem[] {
  return deductionRows(rows).map((row) => ({
    title: row.name,
    text: deductionReasonOf(row, rows),
    indicatorIds: [row.id],
  }));
}

/** Builds the report model from the evaluation's data and the narrative saved so far. */
export function reportModelOf(source: ReportSource): ReportModel {
  const indicators = indicatorRows(source.framework, source.result, source.writings);
  const narrative: ReportNarrative = source.narrative ?? {
    slots: {},
    problems: problemsFromDeductions(indicators),
    waivers: {},
  };
  return {
    facts: source.facts,
    options: { summaryTable: false, versionLabel: '', ...source.options },
    narrative,
    scores: {
      totalWeight: source.framework.totalWeight,
      level1: source.result.level1.map((row) => ({ ...row })),
      indicators,
      total: source.result.total,
      grade: source.result.grade,
      gradeScale: source.framework.gradeScale,
    },
    placeholders: placeholderValues(source.framework, source.result, source.figures, source.facts),
  };
}
