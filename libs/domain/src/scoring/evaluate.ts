import { D, ZERO, dec, parseDecimal, roundRate, roundScore } from './decimal';
import type { Dec } from './decimal';
import type { DecimalString, Framework, IndicatorNode } from './framework.model';
import type {
  EvaluationResult,
  Figures,
  LevelTotal,
  MeasureResult,
  NodeResult,
  Observations,
  Override,
  Overrides,
  UnscoredReason,
} from './evaluation.model';
import { describeOverride, describeUnscored } from './explain';
import { applyExtraDeductions, exemptionApplies } from './clauses';
import { gradeFor } from './grades';
import { computeMeasures } from './measures';
import { applyRule } from './rules/apply-rule';
import { applyZeroDenominatorVerdict } from './rules/zero-denominator';
import { makeResolver } from './sources';
import type { Message } from '../messages/message';
import { msg, renderMessage } from '../messages/render';

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
  exempted: NodeResult['exempted'];
  explanation: Message;
}

interface Visited {
  node: IndicatorNode;
  result: NodeResult;
  fired: boolean;
}

export function isVetoPoint(node: IndicatorNode): boolean {
  return node.rule?.kind === 'veto' && (node.children === undefined || node.children.length === 0);
}

function plain(computed: Dec | null, unscored: UnscoredReason | null, explanation: Message): Computed {
  return { computed, unscored, vetoed: false, fired: false, exempted: null, explanation };
}

function scoreLeaf(node: IndicatorNode, weight: Dec, inputs: Inputs): Computed {
  if (node.rule === undefined) return plain(null, { kind: 'no_rule' }, msg('unscored.no_rule'));
  const used = new Set<string>();
  const observed = inputs.observations[node.id];
  const outcome = applyZeroDenominatorVerdict(
    node.rule,
    weight,
    applyRule(node.rule, {
      node,
      weight,
      observed,
      resolve: makeResolver(inputs.measures, inputs.figures, observed, used),
    }),
  );
  if (outcome.score === null) return plain(null, outcome.unscored, outcome.explanation);
  const derivations: Message[] = [];
  for (const key of used) {
    const measure = inputs.measures.get(key);
    if (measure !== undefined && measure.unscored === null) derivations.push(measure.detail);
  }
  const explanation =
    derivations.length === 0 ? outcome.explanation : msgList([outcome.explanation, ...derivations]);
  return { ...plain(outcome.score, null, explanation), fired: outcome.fired };
}

/** Several messages shown as one ("a；b"). */
function msgList(parts: readonly Message[]): Message {
  return msg('list', { parts });
}

function scoreParent(children: readonly Visited[], weight: Dec): Computed {
  const fired = children.filter((child) => child.fired);
  if (fired.length > 0) {
    const names = fired.map((child) => msg('parent.quoted', { name: child.node.name }));
    return { ...plain(ZERO, null, msg('parent.vetoed', { names })), vetoed: true };
  }
  const applicable = children.filter((child) => !notApplicable(child.result));
  const missing = applicable.filter((child) => child.result.final === null).map((child) => child.node.id);
  if (missing.length > 0) {
    const unscored: UnscoredReason = { kind: 'children_unscored', children: missing };
    return plain(null, unscored, describeUnscored(unscored));
  }
  if (applicable.length === 0) {
    return { ...plain(null, null, msg('parent.not_applicable')), exempted: 'not_applicable' };
  }
  const sum = applicable.reduce((acc, child) => acc.plus(dec(child.result.final ?? '0')), ZERO);
  const terms = applicable
    .filter((child) => !isVetoPoint(child.node))
    .map((child) => child.result.final ?? '0')
    .join(' + ');
  if (applicable.length < children.length) {
    const applicableWeight = applicable.reduce((acc, child) => acc.plus(dec(child.node.weight)), ZERO);
    const scaled = applicableWeight.isZero() ? ZERO : sum.div(applicableWeight).times(weight);
    const score = D.min(scaled, weight);
    return plain(
      score,
      null,
      msg('parent.sum_scaled', {
        terms,
        sum: roundScore(sum),
        applicable: roundScore(applicableWeight),
        weight: roundScore(weight),
        score: roundScore(score),
      }),
    );
  }
  if (sum.greaterThan(weight)) {
    return plain(
      weight,
      null,
      msg('parent.sum_capped', { terms, sum: roundScore(sum), weight: roundScore(weight) }),
    );
  }
  return plain(sum, null, msg('parent.sum', { terms, sum: roundScore(sum) }));
}

function notApplicable(result: NodeResult): boolean {
  return result.exempted === 'not_applicable' && !result.overridden;
}

function rateOf(final: DecimalString | null, weight: Dec, written: DecimalString): DecimalString | null {
  if (final === null || weight.isZero()) return null;
  // Full marks and none are the commonest scores: their rates need no division.
  if (final === written) return '1';
  if (final === '0') return '0';
  return roundRate(dec(final).div(weight));
}

/** An override as sent: anything but an object with a score is no override (validated before). */
function overrideOf(value: unknown): Override | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const override = value as Partial<Override>;
  return typeof override.score === 'string'
    ? { score: override.score, reason: typeof override.reason === 'string' ? override.reason : '' }
    : undefined;
}

/** The node's own result: exemption first, then its children or its rule, then extra deductions. */
function scoreOwn(node: IndicatorNode, weight: Dec, children: readonly Visited[], inputs: Inputs): Computed {
  const exemption = exemptionApplies(node, inputs.observations);
  if (exemption !== null) {
    return exemption.outcome === 'full'
      ? {
          ...plain(
            weight,
            null,
            msg('exemption.full', { condition: exemption.condition, score: roundScore(weight) }),
          ),
          exempted: 'full',
        }
      : {
          ...plain(null, null, msg('exemption.not_applicable', { condition: exemption.condition })),
          exempted: 'not_applicable',
        };
  }
  const own = children.length > 0 ? scoreParent(children, weight) : scoreLeaf(node, weight, inputs);
  if (own.computed === null || own.vetoed || (node.deductions ?? []).length === 0) return own;
  const extra = applyExtraDeductions(node, own.computed, inputs.observations);
  return extra === null
    ? own
    : { ...own, computed: extra.score, explanation: msgList([own.explanation, ...extra.parts]) };
}

function visit(node: IndicatorNode, level: number, inputs: Inputs, out: (NodeResult | null)[]): Visited {
  const slot = out.length;
  out.push(null);
  const weight = dec(node.weight);
  const children = (node.children ?? []).map((child) => visit(child, level + 1, inputs, out));
  const own = scoreOwn(node, weight, children, inputs);
  const computed = own.computed === null ? null : roundScore(own.computed);
  const override = overrideOf(inputs.overrides[node.id]);
  const overrideScore = override === undefined ? null : parseDecimal(override.score);
  let final = computed;
  let detail = own.explanation;
  if (override !== undefined && overrideScore === null) {
    detail = msgList([detail, msg('override.invalid_number', { score: override.score })]);
  } else if (override !== undefined && overrideScore !== null) {
    final = roundScore(overrideScore);
    detail = msgList([detail, describeOverride(final, computed, override.reason)]);
  }
  const overridden = override !== undefined && overrideScore !== null;
  const result: NodeResult = {
    id: node.id,
    name: node.name,
    level,
    weight: node.weight,
    computed,
    final,
    rate: rateOf(final, weight, node.weight),
    overridden,
    overrideReason: overridden ? override.reason : null,
    vetoed: own.vetoed,
    unscored: own.unscored,
    exempted: own.exempted,
    explanation: renderMessage(detail),
    detail,
  };
  out[slot] = result;
  return { node, result, fired: own.fired && !overridden };
}

/** Nodes that count for completeness: not inside an exempted node. */
function countedNodes(framework: Framework, nodes: readonly NodeResult[]): NodeResult[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const counted: NodeResult[] = [];
  const walk = (node: IndicatorNode) => {
    const result = byId.get(node.id);
    if (result === undefined) return;
    counted.push(result);
    if (result.exempted === null || result.overridden) (node.children ?? []).forEach(walk);
  };
  framework.indicators.forEach(walk);
  return counted;
}

/** The total: the level-1 scores, scaled to the total weight when some level-1 indicators do not apply. */
function totalOf(framework: Framework, top: readonly NodeResult[]): DecimalString | null {
  const applicable = top.filter((node) => !notApplicable(node));
  if (applicable.some((node) => node.final === null) || applicable.length === 0) return null;
  const sum = applicable.reduce((acc, node) => acc.plus(dec(node.final ?? '0')), ZERO);
  if (applicable.length === top.length) return roundScore(sum);
  const weight = applicable.reduce((acc, node) => acc.plus(dec(node.weight)), ZERO);
  return weight.isZero() ? null : roundScore(sum.div(weight).times(dec(framework.totalWeight)));
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
  const complete = countedNodes(framework, nodes).every((node) => node.final !== null || notApplicable(node));
  const total = totalOf(framework, top);
  return {
    nodes,
    measures,
    level1,
    total,
    grade: total === null ? null : gradeFor(framework.gradeScale, total),
    complete,
  };
}
