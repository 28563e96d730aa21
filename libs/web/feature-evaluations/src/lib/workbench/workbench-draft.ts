import type { WorkbenchRow, WorkbenchView } from '@jixiao/contracts';
import {
  engineInputs,
  evaluate,
  type EvaluationResult,
  type IndicatorNode,
  type NodeResult,
  type ObservedValue,
} from '@jixiao/domain';

/** What the evaluator is editing for one indicator (the stored row, or a new one at version 0). */
export interface IndicatorDraft {
  indicatorId: string;
  observations: Record<string, ObservedValue>;
  overrideScore: string;
  overrideReason: string;
  findings: string;
  deductionReason: string;
  unscoredReason: string;
  referenceText: string;
  evidenceFileIds: string[];
  requestItemIds: string[];
  version: number;
}

export function draftOf(indicatorId: string, row: WorkbenchRow | undefined): IndicatorDraft {
  return {
    indicatorId,
    observations: { ...(row?.observations ?? {}) },
    overrideScore: row?.override?.score ?? '',
    overrideReason: row?.override?.reason ?? '',
    findings: row?.findings ?? '',
    deductionReason: row?.deductionReason ?? '',
    unscoredReason: row?.unscoredReason ?? '',
    referenceText: row?.referenceText ?? '',
    evidenceFileIds: [...(row?.evidenceFileIds ?? [])],
    requestItemIds: [...(row?.requestItemIds ?? [])],
    version: row?.version ?? 0,
  };
}

/** A draft as the API saves it: an override only with a score, an unscored reason only when given. */
export function requestOf(draft: IndicatorDraft) {
  const score = draft.overrideScore.trim();
  return {
    observations: draft.observations,
    override: score === '' ? null : { score, reason: draft.overrideReason.trim() },
    findings: draft.findings,
    deductionReason: draft.deductionReason,
    unscoredReason: draft.unscoredReason.trim() === '' ? null : draft.unscoredReason,
    referenceText: draft.referenceText,
    evidenceFileIds: draft.evidenceFileIds,
    requestItemIds: draft.requestItemIds,
    version: draft.version,
  };
}

/**
 * The live result: the stored rows with the open draft put in, through the same `evaluate` the API
 * runs on save — so the screen and the stored result cannot differ. An override still being typed
 * (not a decimal yet) is left out rather than breaking the total.
 */
export function liveResult(view: WorkbenchView, draft: IndicatorDraft | null): EvaluationResult {
  const rows = view.rows
    .filter((row) => draft === null || row.indicatorId !== draft.indicatorId)
    .map((row) => ({
      indicatorId: row.indicatorId,
      observations: row.observations,
      override: row.override,
      unscoredReason: row.unscoredReason,
    }));
  if (draft !== null) {
    const request = requestOf(draft);
    const valid = request.override !== null && /^\d+(\.\d+)?$/.test(request.override.score);
    rows.push({
      indicatorId: draft.indicatorId,
      observations: request.observations,
      override: valid ? request.override : null,
      unscoredReason: request.unscoredReason,
    });
  }
  const { observations, overrides } = engineInputs(rows);
  return evaluate(view.framework, view.figures, observations, overrides);
}

/** One line of the tree table: the indicator, its result and whether it is shown (ancestors expanded). */
export interface TreeLine {
  node: IndicatorNode;
  result: NodeResult | undefined;
  level: number;
  hasChildren: boolean;
}

export function treeLines(
  nodes: readonly IndicatorNode[],
  results: ReadonlyMap<string, NodeResult>,
  collapsed: ReadonlySet<string>,
  level = 1,
): TreeLine[] {
  return nodes.flatMap((node) => {
    const children = node.children ?? [];
    const line: TreeLine = { node, result: results.get(node.id), level, hasChildren: children.length > 0 };
    return collapsed.has(node.id) ? [line] : [line, ...treeLines(children, results, collapsed, level + 1)];
  });
}

/** Finds an indicator anywhere in the tree. */
export function findIndicator(nodes: readonly IndicatorNode[], id: string): IndicatorNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findIndicator(node.children ?? [], id);
    if (found) return found;
  }
  return undefined;
}
