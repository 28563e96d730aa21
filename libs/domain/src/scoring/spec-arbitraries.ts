import fc from 'fast-check';
import { D, roundScore } from './decimal';
import type { ObservedValue, Override } from './evaluation.model';
import type { Framework, IndicatorNode, ScoringRule } from './framework.model';
import { adjustmentRate, framework } from './spec-helpers';

/** fast-check generators of sound frameworks with observations and overrides. Spec files only. */
type Proto =
  | { kind: 'leaf'; weight: string; rule: ScoringRule; observed?: ObservedValue; override?: Override }
  | { kind: 'parent'; children: Proto[]; override?: Override };

const weightArb = fc.integer({ min: 0, max: 2000 }).map((n) => new D(n).div(100).toString());
const fractionArb = fc.integer({ min: 0, max: 100 }).map((n) => new D(n).div(100));
const valueArb = fc.double({ min: -0.5, max: 2, noNaN: true });
const observed = { observed: true } as const;

function pointsArb(weight: string): fc.Arbitrary<string> {
  return fractionArb.map((rate) => roundScore(rate.times(weight)));
}

function ruleArb(weight: string): fc.Arbitrary<{ rule: ScoringRule; observed?: ObservedValue }> {
  const withValue = (rule: fc.Arbitrary<ScoringRule>) => fc.record({ rule, observed: valueArb });
  return fc.oneof(
    withValue(
      fc
        .tuple(valueArb, valueArb)
        .filter(([a, b]) => a !== b)
        .map(([zeroAt, fullAt]) => ({ kind: 'linear', source: observed, zeroAt, fullAt })),
    ),
    fc.record({
      rule: fc.constant<ScoringRule>({
        kind: 'linear',
        source: { measure: 'adjustment_rate' },
        zeroAt: 0.5,
        fullAt: 0,
      }),
    }),
    withValue(
      fc.tuple(pointsArb(weight), pointsArb(weight)).map(([low, high]) => ({
        kind: 'bands',
        source: observed,
        bands: [
          { max: 0.5, points: high },
          { min: 0.5, points: low },
        ],
      })),
    ),
    fc.record({
      rule: fc
        .constantFrom('0.5', '1', '2')
        .map((perFinding): ScoringRule => ({ kind: 'deductions', source: observed, perFinding })),
      observed: fc.integer({ min: 0, max: 10 }),
    }),
    withValue(
      fc.constantFrom('up', 'down', 'exact').map((rounding) => ({
        kind: 'step',
        source: observed,
        threshold: 0.1,
        direction: 'above',
        step: 0.01,
        perStep: '0.1',
        rounding,
      })),
    ),
    fc.record({ rule: fc.constant<ScoringRule>({ kind: 'yes_no' }), observed: fc.boolean() }),
    withValue(
      fc
        .constantFrom('<', '<=', '>', '>=')
        .map((comparator) => ({ kind: 'threshold', source: observed, comparator, value: 1 })),
    ),
    withValue(
      fc
        .constantFrom('higher_is_better', 'lower_is_better')
        .map((direction) => ({ kind: 'ratio', source: observed, target: 1, direction })),
    ),
    fc.record({
      rule: fc.constant<ScoringRule>({ kind: 'proportional', source: observed, of: 28 }),
      observed: fc.integer({ min: 0, max: 40 }),
    }),
    fc.record({
      rule: fc.constant<ScoringRule>({
        kind: 'levels',
        levels: [
          { key: 'a', label: '达成', rate: '1' },
          { key: 'b', label: '部分', rate: '0.5' },
        ],
      }),
      observed: fc.constantFrom('a', 'b'),
    }),
    fc.record({ rule: fc.constant<ScoringRule>({ kind: 'judgement' }) }),
  );
}

function overrideArb(weight: string): fc.Arbitrary<Override | undefined> {
  return fc.option(
    pointsArb(weight).map((score) => ({ score, reason: '现场核实' })),
    { nil: undefined, freq: 4 },
  );
}

const leafArb: fc.Arbitrary<Proto> = weightArb.chain((weight) =>
  fc.tuple(ruleArb(weight), overrideArb(weight)).map(([scoring, override]) => ({
    kind: 'leaf' as const,
    weight,
    ...scoring,
    ...(override === undefined ? {} : { override }),
  })),
);
const vetoArb: fc.Arbitrary<Proto> = fc
  .boolean()
  .map((fired) => ({ kind: 'leaf', weight: '0', rule: { kind: 'veto' }, observed: fired }));

function protoArb(level: number): fc.Arbitrary<Proto> {
  if (level >= 4) return leafArb;
  const children = fc
    .tuple(
      fc.array(protoArb(level + 1), { minLength: 1, maxLength: 3 }),
      fc.option(vetoArb, { nil: undefined, freq: 5 }),
    )
    .map(([list, veto]): Proto => ({
      kind: 'parent',
      children: veto === undefined ? list : [...list, veto],
    }));
  return level === 1 ? children : fc.oneof(leafArb, children);
}

export interface Scenario {
  framework: Framework;
  figures: Record<string, number>;
  observations: Record<string, ObservedValue>;
  overrides: Record<string, Override>;
}

function build(proto: Proto, id: string, scenario: Scenario): IndicatorNode {
  if (proto.override !== undefined) scenario.overrides[id] = proto.override;
  if (proto.kind === 'leaf') {
    if (proto.observed !== undefined) scenario.observations[id] = proto.observed;
    return { id, name: `指标${id}`, weight: proto.weight, rule: proto.rule };
  }
  const children = proto.children.map((child, index) => build(child, `${id}.${index + 1}`, scenario));
  const weight = children.reduce((sum, child) => sum.plus(child.weight), new D(0)).toString();
  return { id, name: `指标${id}`, weight, children };
}

/** A sound framework (weights add up exactly) with observations, a few overrides and figures. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(fc.array(protoArb(1), { minLength: 1, maxLength: 4 }), fc.double({ min: 1, max: 5000, noNaN: true }))
  .map(([protos, initial]) => {
    const scenario: Scenario = {
      framework: framework([]),
      figures: { initial_budget: initial, final_budget: initial * 1.1 },
      observations: {},
      overrides: {},
    };
    const indicators = protos.map((proto, index) => build(proto, String(index + 1), scenario));
    const total = indicators.reduce((sum, node) => sum.plus(node.weight), new D(0)).toString();
    scenario.framework = framework(indicators, [adjustmentRate], total);
    return scenario;
  });
