import { evaluate } from './evaluate';
import type { Figures, NodeResult, ObservedValue, Observations } from './evaluation.model';
import { GRADE_SCALES } from './grades';
import type { Framework, IndicatorNode, MeasureDefinition, ScoringRule } from './framework.model';

/** Test helpers: a leaf, a parent, a framework around some indicators. Used by the spec files only. */
export function leaf(id: string, weight: string, rule?: ScoringRule): IndicatorNode {
  return rule === undefined ? { id, name: `指标${id}`, weight } : { id, name: `指标${id}`, weight, rule };
}

export function parent(id: string, weight: string, children: IndicatorNode[]): IndicatorNode {
  return { id, name: `指标${id}`, weight, children };
}

export function framework(
  indicators: IndicatorNode[],
  measures: MeasureDefinition[] = [],
  totalWeight = '100',
): Framework {
  return {
    key: 'test',
    name: '测试框架',
    totalWeight,
    indicators,
    measures,
    gradeScale: GRADE_SCALES.standard,
  };
}

export const adjustmentRate: MeasureDefinition = {
  key: 'adjustment_rate',
  name: '预算调整率',
  unit: 'rate',
  formula: {
    op: 'div',
    args: [
      { op: 'sub', args: [{ figure: 'final_budget' }, { figure: 'initial_budget' }] },
      { figure: 'initial_budget' },
    ],
  },
};

/** Scores one leaf with the given rule under a parent of the same weight; returns the leaf's row. */
export function scoreOne(
  rule: ScoringRule,
  options: {
    weight?: string;
    observed?: ObservedValue;
    figures?: Figures;
    measures?: MeasureDefinition[];
  } = {},
): NodeResult {
  const weight = options.weight ?? '4';
  const f = framework([parent('1', weight, [leaf('1.1', weight, rule)])], options.measures ?? [], weight);
  const observations: Observations = options.observed === undefined ? {} : { '1.1': options.observed };
  const node = evaluate(f, options.figures ?? {}, observations, {}).nodes[1];
  if (node === undefined) throw new Error('leaf missing');
  return node;
}

/** `{ observed: true }`, for brevity. */
export const observed = { observed: true } as const;
