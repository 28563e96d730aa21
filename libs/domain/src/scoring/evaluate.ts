import { D, dec, parseDecimal, roundRate, roundScore } from './decimal';
import type { Dec } from './decimal';
import type { DecimalString, Framework, IndicatorNode } from './framework.model';
import type {
  EvaluationResult,
  Figures,
  LevelTotal,
  MeasureResult,
  NodeResult,
  Observations,
  Overrides,
  UnscoredReason,
} from './evaluation.model';
import { describeOverride, describeUnscored } from './explain';
import { gradeFor } from './grades';
import { computeMeasures } from './measures';
import { applyRule } from './rules/apply-rule';
import { makeResolver } from './sources';

type MeasureMap = ReadonlyMap<string, MeasureResult & { unit: 'rate' | 'number' }>;

interface Inputs {
  measures: MeasureMap;
  figures: Figures;
  observations: Observations;
  overrides: Overrides;
}

/** What a node's own rule or children give, before any override. */
interface Computed {
  computed: Dec | null;
  unscored: UnscoredReason | null;
  vetoed: boolean;
  /** Only for veto points: the condition happened. */
  fired: boolean;
  explanation: string;
}

export function isVetoPoint(node: IndicatorNode): boolean {
  return node.rule?.kind === 'veto' && (node.children === undefined || node.children.length === 0);
}

function scoreLeaf(node: IndicatorNode, weight: Dec, inputs: Inputs): Computed {
  if (node.rule === undefined) {
    return {
      computed: null,
      unscored: { kind: 'no_rule' },
      vetoed: false,
      fired: false,
      explanation: '未设评分规则，需人工评分',
    };
  }
  const used = new Set<string>();
  const observed = inputs.observations[node.id];
  const outcome = applyRule(node.rule, {
    node,
    weight,
    observed,
    resolve: makeResolver(inputs.measures, inputs.figures, observed, used),
  });
  const derivations = [...used]
    .map((key) => inputs.measures.get(key))
    .filter((measure) => measure !== undefined && measure.unscored === null)
    .map((measure) => `；${measure?.explanation ?? ''}`)
    .join('');
  return outcome.score === null
    ? {
        computed: null,
        unscored: outcome.unscored,
        vetoed: false,
        fired: false,
        explanation: outcome.explanation,
      }
    : {
        computed: outcome.score,
        unscored: null,
        vetoed: false,
        fired: outcome.fired,
        explanation: `${outcome.explanation}${derivations}`,
      };
}

function scoreParent(
  children: readonly { node: IndicatorNode; result: NodeResult; fired: boolean }[],
  weight: Dec,
): Computed {
  const fired = children.filter((child) => child.fired);
  if (fired.length > 0) {
    const names = fired.map((child) => `“${child.node.name}”`).join('、');
    return {
      computed: new D(0),
      unscored: null,
      vetoed: true,
      fired: false,
      explanation: `发生${names}，本项指标得 0 分`,
    };
  }
  const missing = children.filter((child) => child.result.final === null).map((child) => child.node.id);
  if (missing.length > 0) {
    const unscored: UnscoredReason = { kind: 'children_unscored', children: missing };
    return { computed: null, unscored, vetoed: false, fired: false, explanation: describeUnscored(unscored) };
  }
  const sum = children.reduce((acc, child) => acc.plus(dec(child.result.final ?? '0')), new D(0));
  const terms = children
    .filter((child) => !isVetoPoint(child.node))
    .map((child) => child.result.final ?? '0')
    .join(' + ');
  if (sum.greaterThan(weight)) {
    return {
      computed: weight,
      unscored: null,
      vetoed: false,
      fired: false,
      explanation: `合计 ${terms} = ${roundScore(sum)}，超过权重 ${roundScore(weight)}，按 ${roundScore(weight)} 分计`,
    };
  }
  return {
    computed: sum,
    unscored: null,
    vetoed: false,
    fired: false,
    explanation: `合计 ${terms} = ${roundScore(sum)}，得 ${roundScore(sum)} 分`,
  };
}

function rateOf(final: DecimalString | null, weight: Dec): DecimalString | null {
  if (final === null || weight.isZero()) return null;
  return roundRate(dec(final).div(weight));
}

function visit(
  node: IndicatorNode,
  level: number,
  inputs: Inputs,
  out: (NodeResult | null)[],
): { result: NodeResult; fired: boolean } {
  const slot = out.length;
  out.push(null);
  const weight = dec(node.weight);
  const children = (node.children ?? []).map((child) => ({
    node: child,
    ...visit(child, level + 1, inputs, out),
  }));
  const own = children.length > 0 ? scoreParent(children, weight) : scoreLeaf(node, weight, inputs);
  const computed = own.computed === null ? null : roundScore(own.computed);
  const override = inputs.overrides[node.id];
  const overrideScore = override === undefined ? null : parseDecimal(override.score);
  let final = computed;
  let explanation = own.explanation;
  if (override !== undefined && overrideScore === null) {
    explanation += `；人工分数“${override.score}”不是有效数字，未采用`;
  } else if (override !== undefined && overrideScore !== null) {
    final = roundScore(overrideScore);
    explanation += `；${describeOverride(final, computed, override.reason)}`;
  }
  const overridden = override !== undefined && overrideScore !== null;
  const result: NodeResult = {
    id: node.id,
    name: node.name,
    level,
    weight: node.weight,
    computed,
    final,
    rate: rateOf(final, weight),
    overridden,
    overrideReason: overridden ? override.reason : null,
    vetoed: own.vetoed,
    unscored: own.unscored,
    explanation,
  };
  out[slot] = result;
  return { result, fired: own.fired && !overridden };
}

/**
 * Scores a framework: every node's computed score (by its rule, or the sum of its children's final
 * scores), its final score (the override when there is one), rate and explanation; level-1 totals,
 * the total and the grade. Nodes are listed depth-first, each parent before its children.
 */
export function evaluate(
  framework: Framework,
  figures: Figures,
  observations: Observations,
  overrides: Overrides,
): EvaluationResult {
  const measures = computeMeasures(framework.measures, figures);
  const measureMap: MeasureMap = new Map(
    measures.map((measure, index) => [
      measure.key,
      { ...measure, unit: framework.measures[index]?.unit ?? 'number' },
    ]),
  );
  const out: (NodeResult | null)[] = [];
  const inputs: Inputs = { measures: measureMap, figures, observations, overrides };
  const top = framework.indicators.map((node) => visit(node, 1, inputs, out).result);
  const nodes = out.filter((node): node is NodeResult => node !== null);
  const level1: LevelTotal[] = top.map((node) => ({
    id: node.id,
    name: node.name,
    weight: node.weight,
    score: node.final,
    rate: node.rate,
  }));
  const complete = nodes.every((node) => node.final !== null);
  const total = top.every((node) => node.final !== null)
    ? roundScore(top.reduce((acc, node) => acc.plus(dec(node.final ?? '0')), new D(0)))
    : null;
  return {
    nodes,
    measures,
    level1,
    total,
    grade: total === null ? null : gradeFor(framework.gradeScale, total),
    complete,
  };
}
