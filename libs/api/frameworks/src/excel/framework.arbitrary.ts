import Decimal from 'decimal.js';
import fc from 'fast-check';
import type {
  Band,
  Framework,
  IndicatorNode,
  MeasureDefinition,
  MeasureExpression,
  ScoringRule,
  ValueSource,
} from '@jixiao/domain';

/** Test data: valid frameworks with awkward texts (separators, quotes, line breaks), numbers and trees. */

const TEXT_CHARS = [...'预算执行率管理制度（）：“”、，。 abcXYZ019;=";；＝%\n[](),.-+', '_x0041_', '_X00ab_'];
const KEY = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);

export const text = fc
  .string({ unit: fc.constantFrom(...TEXT_CHARS), minLength: 1, maxLength: 24 })
  .filter((value) => value.trim() !== '');

const optionalText = fc.option(text, { nil: undefined });

/** A decimal string as people write them: "3", "1.5", "0.50", "12.25". */
export const decimal = (max = 20) =>
  fc
    .tuple(fc.integer({ min: 0, max: max * 100 }), fc.constantFrom(0, 1, 2))
    .map(([cents, places]) =>
      new Decimal(cents).div(100).toDecimalPlaces(places, Decimal.ROUND_DOWN).toFixed(places),
    );

const anyNumber = fc.double({ noNaN: true, noDefaultInfinity: true });
const rate = fc.oneof(
  anyNumber,
  fc.integer({ min: 0, max: 150 }).map((n) => n / 100),
);

function expression(figures: readonly string[]): fc.Arbitrary<MeasureExpression> {
  const { node } = fc.letrec<{ node: MeasureExpression }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...figures).map((figure) => ({ figure })),
      anyNumber.map((constant) => ({ constant })),
      fc.record({
        op: fc.constantFrom('add', 'sub', 'mul', 'div'),
        args: fc.array(tie('node'), { minLength: 2, maxLength: 3 }),
      }),
      fc.record({
        op: fc.constantFrom('add', 'mul'),
        args: fc.array(tie('node'), { minLength: 1, maxLength: 1 }),
      }),
    ),
  }));
  return node;
}

function source(measures: readonly string[]): fc.Arbitrary<ValueSource> {
  const options: fc.Arbitrary<ValueSource>[] = [
    KEY.map((figure) => ({ figure })),
    fc.constant({ observed: true as const }),
  ];
  if (measures.length > 0) options.push(fc.constantFrom(...measures).map((measure) => ({ measure })));
  return fc.oneof(...options);
}

const inclusive = fc.option(fc.boolean(), { nil: undefined });

/** Consecutive bands over sorted bounds, joined without overlap; flags explicit or omitted. */
function bands(weight: string): fc.Arbitrary<Band[]> {
  const points = fc.constantFrom('0', weight);
  return fc
    .uniqueArray(fc.integer({ min: -50, max: 150 }), { minLength: 2, maxLength: 6 })
    .chain((bounds) => {
      const sorted = [...bounds].sort((a, b) => a - b).map((b) => b / 100);
      const count = sorted.length - 1;
      return fc
        .tuple(
          fc.array(
            fc.tuple(
              points,
              fc.constantFrom<[boolean | undefined, boolean | undefined]>(
                [undefined, undefined],
                [false, true],
                [true, false],
                [undefined, true],
              ),
            ),
            {
              minLength: count,
              maxLength: count,
            },
          ),
          fc.boolean(),
          fc.boolean(),
          inclusive,
        )
        .map(([items, openBelow, openAbove, firstFlag]) =>
          items.map(([bandPoints], index) => {
            const band: Band = { points: bandPoints };
            const lowerJoin = items[index - 1]?.[1];
            const upperJoin = items[index]?.[1];
            if (!(index === 0 && openBelow)) band.min = sorted[index] ?? 0;
            if (index === 0 && firstFlag !== undefined) band.minInclusive = firstFlag;
            if (index > 0 && lowerJoin?.[1] !== undefined) band.minInclusive = lowerJoin[1];
            if (!(index === count - 1 && openAbove)) band.max = sorted[index + 1] ?? 0;
            if (upperJoin?.[0] !== undefined && index < count - 1) band.maxInclusive = upperJoin[0];
            return band;
          }),
        );
    });
}

function rule(weight: string, measures: readonly string[], level: number): fc.Arbitrary<ScoringRule> {
  const s = source(measures);
  const operand = fc.oneof(
    rate.filter((n) => n !== 0),
    s,
  );
  const upToWeight = fc.constantFrom('0', weight);
  const rules: fc.Arbitrary<ScoringRule>[] = [
    fc
      .record({ kind: fc.constant('linear' as const), source: s, zeroAt: rate, fullAt: rate })
      .filter((r) => r.zeroAt !== r.fullAt),
    fc.record({ kind: fc.constant('bands' as const), source: s, bands: bands(weight) }),
    fc.record(
      {
        kind: fc.constant('deductions' as const),
        source: s,
        perFinding: decimal(5),
        maxDeduction: decimal(5),
      },
      { requiredKeys: ['kind', 'source', 'perFinding'] },
    ),
    fc.record(
      {
        kind: fc.constant('step' as const),
        source: s,
        threshold: rate,
        direction: fc.constantFrom('above' as const, 'below' as const),
        step: fc.double({ min: 0.001, max: 10, noNaN: true }),
        perStep: decimal(2),
        rounding: fc.constantFrom('up' as const, 'down' as const, 'exact' as const),
        maxDeduction: decimal(5),
      },
      { requiredKeys: ['kind', 'source', 'threshold', 'direction', 'step', 'perStep', 'rounding'] },
    ),
    fc.record({
      kind: fc.constant('levels' as const),
      levels: fc.uniqueArray(
        fc.record({ key: text, label: text, rate: fc.constantFrom('1', '0.75', '0.5', '0.25', '0') }),
        {
          minLength: 1,
          maxLength: 5,
          selector: (level) => level.key,
        },
      ),
    }),
    fc.record(
      { kind: fc.constant('yes_no' as const), yesPoints: upToWeight, noPoints: upToWeight },
      { requiredKeys: ['kind'] },
    ),
    fc.record({
      kind: fc.constant('threshold' as const),
      source: s,
      comparator: fc.constantFrom('<' as const, '<=' as const, '>' as const, '>=' as const, '=' as const),
      value: rate,
    }),
    fc.record({
      kind: fc.constant('ratio' as const),
      source: s,
      target: operand,
      direction: fc.constantFrom('higher_is_better' as const, 'lower_is_better' as const),
    }),
    fc.record({ kind: fc.constant('proportional' as const), source: s, of: operand }),
    fc.constant({ kind: 'judgement' as const }),
  ];
  if (level > 1 && weight === '0') rules.push(fc.constant({ kind: 'veto' as const }));
  return fc.oneof(...rules);
}

function leaf(id: string, measures: readonly string[], level: number): fc.Arbitrary<IndicatorNode> {
  return decimal(20).chain((weight) =>
    fc
      .record(
        {
          name: text,
          explanation: optionalText,
          standard: optionalText,
          rule: rule(weight, measures, level),
        },
        { requiredKeys: ['name'] },
      )
      .map((fields) => {
        const node: IndicatorNode = { id, name: fields.name, weight };
        if (fields.explanation !== undefined) node.explanation = fields.explanation;
        if (fields.standard !== undefined) node.standard = fields.standard;
        if (fields.rule !== undefined) node.rule = fields.rule;
        return node;
      }),
  );
}

function node(id: string, measures: readonly string[], level: number): fc.Arbitrary<IndicatorNode> {
  if (level >= 4) return leaf(id, measures, level);
  return fc.oneof(
    { weight: 1, arbitrary: leaf(id, measures, level) },
    {
      weight: 2,
      arbitrary: fc.integer({ min: 1, max: 3 }).chain((count) =>
        fc
          .tuple(
            text,
            optionalText,
            ...Array.from({ length: count }, (_, index) => node(`${id}.${index + 1}`, measures, level + 1)),
          )
          .map(([name, standard, ...children]) => {
            const weight = children.reduce((sum, child) => sum.plus(child.weight), new Decimal(0)).toString();
            const parent: IndicatorNode = { id, name, weight, children };
            if (standard !== undefined) parent.standard = standard;
            return parent;
          }),
      ),
    },
  );
}

function measures(): fc.Arbitrary<MeasureDefinition[]> {
  return fc.uniqueArray(KEY, { maxLength: 3 }).chain((keys) =>
    fc.tuple(
      ...keys.map((key) =>
        fc.record({
          key: fc.constant(key),
          name: text,
          unit: fc.constantFrom('rate' as const, 'number' as const),
          formula: expression(['final_budget', 'initial_budget', 'final_accounts']),
        }),
      ),
    ),
  );
}

/** A valid framework: weights add up exactly, bands do not overlap, sources name existing measures. */
export const frameworkArbitrary: fc.Arbitrary<Framework> = measures().chain((defined) =>
  fc.integer({ min: 1, max: 4 }).chain((count) =>
    fc
      .tuple(
        KEY,
        text,
        KEY,
        text,
        fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 }),
        ...Array.from({ length: count }, (_, index) =>
          node(
            String(index + 1),
            defined.map((m) => m.key),
            1,
          ),
        ),
      )
      .chain(([key, name, scaleKey, scaleName, mins, ...indicators]) =>
        fc.tuple(...mins.map(() => text)).map((labels) => ({
          key,
          name,
          totalWeight: indicators.reduce((sum, n) => sum.plus(n.weight), new Decimal(0)).toString(),
          indicators,
          measures: defined,
          gradeScale: {
            key: scaleKey,
            name: scaleName,
            grades: [...mins]
              .sort((a, b) => b - a)
              .map((min, index) => ({ label: labels[index] ?? '', minScore: String(min) })),
          },
        })),
      ),
  ),
);
