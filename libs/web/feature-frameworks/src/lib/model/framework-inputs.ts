import {
  exemptionKey,
  extraDeductionKey,
  figuresOf,
  ruleSources,
  type Framework,
  type IndicatorNode,
  type ObservedValue,
} from '@jixiao/domain';
import { allNodeIds, leaves } from './framework-tree';

/** What kind of value the evaluator observes for a leaf in the try-it panel. */
export type ObservationKind = 'number' | 'boolean' | 'level';

export interface ObservedLeaf {
  node: IndicatorNode;
  kind: ObservationKind;
  /** For 'level': the rule's levels. */
  levels: { key: string; label: string }[];
}

/** Every figure key the framework reads: through its measures' formulas and directly from rules. */
export function figureKeys(framework: Framework): string[] {
  const keys = new Set<string>();
  for (const measure of framework.measures) for (const key of figuresOf(measure.formula)) keys.add(key);
  for (const { node } of leaves(framework.indicators)) {
    if (!node.rule) continue;
    for (const source of ruleSources(node.rule)) if ('figure' in source) keys.add(source.figure);
  }
  return [...keys];
}

/** The leaves whose rule reads an observed value, with the input each needs. */
export function observedLeaves(framework: Framework): ObservedLeaf[] {
  const result: ObservedLeaf[] = [];
  for (const { node } of leaves(framework.indicators)) {
    const rule = node.rule;
    if (!rule) continue;
    if (rule.kind === 'levels') {
      result.push({ node, kind: 'level', levels: rule.levels.map(({ key, label }) => ({ key, label })) });
    } else if (rule.kind === 'yes_no' || rule.kind === 'veto') {
      result.push({ node, kind: 'boolean', levels: [] });
    } else if (ruleSources(rule).some((source) => 'observed' in source)) {
      result.push({ node, kind: 'number', levels: [] });
    }
  }
  return result;
}

/**
 * The observation that scores a leaf in full where that is obvious (best level, yes, no veto, no
 * findings), for trying a framework out quickly; null when it depends on the numbers.
 */
export function fullScoreObservation(node: IndicatorNode): ObservedValue | null {
  const rule = node.rule;
  if (!rule) return null;
  if (rule.kind === 'levels') {
    const best = [...rule.levels].sort((a, b) => Number(b.rate) - Number(a.rate))[0];
    return best?.key ?? null;
  }
  if (rule.kind === 'yes_no') return true;
  if (rule.kind === 'veto') return false;
  if (rule.kind === 'deductions' || rule.kind === 'step') return 'observed' in rule.source ? 0 : null;
  return null;
}

/** An input the try-it panel offers for a clause: whether an exemption applies, or a findings count. */
export interface ClauseInput {
  /** The observation key (`<id>#exempt`, `<id>#<n>`); never shown. */
  key: string;
  node: IndicatorNode;
  kind: 'exemption' | 'deduction';
  /** The exemption's condition or the deduction's finding, as the framework states it. */
  text: string;
}

/** The exemption and extra-deduction inputs of every indicator, in tree order. */
export function clauseInputs(framework: Framework): ClauseInput[] {
  const result: ClauseInput[] = [];
  const visit = (nodes: readonly IndicatorNode[]): void => {
    for (const node of nodes) {
      if (node.exemption) {
        result.push({ key: exemptionKey(node.id), node, kind: 'exemption', text: node.exemption.condition });
      }
      (node.deductions ?? []).forEach((deduction, index) =>
        result.push({
          key: extraDeductionKey(node.id, index + 1),
          node,
          kind: 'deduction',
          text: deduction.label,
        }),
      );
      visit(node.children ?? []);
    }
  };
  visit(framework.indicators);
  return result;
}

/** Every observation key the framework accepts: node ids and its clauses' keys. */
export function observationKeys(framework: Framework): Set<string> {
  return new Set([...allNodeIds(framework.indicators), ...clauseInputs(framework).map((input) => input.key)]);
}
