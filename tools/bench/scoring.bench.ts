/**
 * Scoring engine benchmark: evaluates a synthetic ~200-indicator framework (212 nodes) (4 level-1 families,
 * levels 2–4, mixed rule kinds, measures, a veto point, overrides).
 *
 * Run:  npx vitest bench --run --project 'domain (bench)'
 * (vitest 5 derives the "domain (bench)" project from `benchmark.include` of the `domain` project in
 * vitest.config.mts; plain `vitest run` does not pick this file up). It prints the mean time per
 * evaluation and per 100 indicators over a fixed number of runs after a warm-up, measured with
 * performance.now() and as the process's CPU time (no timing assertion). Target: < 1 ms per 100 indicators.
 */
import { expect, test } from 'vitest';
import type { Framework, IndicatorNode, Observations, Overrides, ScoringRule } from '@jixiao/domain';
import { GRADE_SCALES, evaluate } from '@jixiao/domain';

const RULES: ((i: number) => { rule: ScoringRule; observed?: number | boolean | string })[] = [
  (i) => ({
    rule: { kind: 'linear', source: { measure: 'execution_rate' }, zeroAt: 0.6, fullAt: 1 },
    observed: i,
  }),
  () => ({
    rule: {
      kind: 'bands',
      source: { measure: 'adjustment_rate' },
      bands: [
        { max: 0.1, maxInclusive: true, points: '1' },
        { min: 0.1, minInclusive: false, max: 0.4, maxInclusive: true, points: '0.5' },
        { min: 0.4, minInclusive: false, points: '0' },
      ],
    },
  }),
  (i) => ({ rule: { kind: 'deductions', source: { observed: true }, perFinding: '0.25' }, observed: i % 5 }),
  (i) => ({
    rule: {
      kind: 'step',
      source: { observed: true },
      threshold: 0.1,
      direction: 'above',
      step: 0.01,
      perStep: '0.1',
      rounding: 'up',
    },
    observed: (i % 20) / 100,
  }),
  (i) => ({
    rule: {
      kind: 'levels',
      levels: [
        { key: 'a', label: '达成', rate: '1' },
        { key: 'b', label: '基本达成', rate: '0.75' },
      ],
    },
    observed: i % 2 === 0 ? 'a' : 'b',
  }),
  (i) => ({ rule: { kind: 'yes_no' }, observed: i % 3 !== 0 }),
  () => ({
    rule: { kind: 'threshold', source: { measure: 'execution_rate' }, comparator: '>=', value: 0.9 },
  }),
  (i) => ({
    rule: { kind: 'ratio', source: { observed: true }, target: 100, direction: 'higher_is_better' },
    observed: 80 + (i % 30),
  }),
  (i) => ({ rule: { kind: 'proportional', source: { observed: true }, of: 28 }, observed: i % 29 }),
  () => ({ rule: { kind: 'judgement' } }),
];

/**
 * 4 families × 5 level-2 × 7 level-3 = 164 nodes; the 7th level-3 indicator of the first four level-2
 * groups of each family has 2 level-4 scoring points plus a veto point (+48) = 212 indicators.
 */
function syntheticFramework(): {
  framework: Framework;
  observations: Observations;
  overrides: Overrides;
  count: number;
} {
  const observations: Record<string, number | boolean | string> = {};
  const overrides: Record<string, { score: string; reason: string }> = {};
  let n = 0;
  const leaf = (id: string): IndicatorNode => {
    const { rule, observed } = RULES[n % RULES.length]?.(n) ?? { rule: { kind: 'judgement' } };
    n += 1;
    if (observed !== undefined) observations[id] = observed;
    if (rule.kind === 'judgement') overrides[id] = { score: '0.8', reason: '酌情给分' };
    return { id, name: `指标${id}`, weight: '1', rule };
  };
  const withSum = (id: string, children: IndicatorNode[]): IndicatorNode => ({
    id,
    name: `指标${id}`,
    weight: String(children.reduce((sum, child) => sum + Number(child.weight), 0)),
    children,
  });
  const indicators = [1, 2, 3, 4].map((a) =>
    withSum(
      String(a),
      [1, 2, 3, 4, 5].map((b) =>
        withSum(
          `${a}.${b}`,
          [1, 2, 3, 4, 5, 6, 7].map((c) => {
            const id = `${a}.${b}.${c}`;
            if (c < 7 || b === 5) return leaf(id);
            observations[`${id}.v`] = false;
            return withSum(id, [
              leaf(`${id}.1`),
              leaf(`${id}.2`),
              { id: `${id}.v`, name: '否决项', weight: '0', rule: { kind: 'veto' } },
            ]);
          }),
        ),
      ),
    ),
  );
  const count = JSON.stringify(indicators).split('"id":').length - 1;
  const framework: Framework = {
    key: 'bench',
    name: '基准',
    totalWeight: String(indicators.reduce((sum, node) => sum + Number(node.weight), 0)),
    indicators,
    measures: [
      {
        key: 'execution_rate',
        name: '预算执行率',
        unit: 'rate',
        formula: { op: 'div', args: [{ figure: 'actual' }, { figure: 'budget' }] },
      },
      {
        key: 'adjustment_rate',
        name: '预算调整率',
        unit: 'rate',
        formula: {
          op: 'div',
          args: [{ op: 'sub', args: [{ figure: 'budget' }, { figure: 'initial' }] }, { figure: 'initial' }],
        },
      },
    ],
    gradeScale: GRADE_SCALES.standard,
  };
  return { framework, observations, overrides, count };
}

const { framework, observations, overrides, count } = syntheticFramework();
const figures = { actual: 3794.21, budget: 4184.69, initial: 3592.06 };

const RUNS = 2000;

test(`evaluate a ${count}-indicator framework`, () => {
  for (let i = 0; i < 200; i++) evaluate(framework, figures, observations, overrides);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) evaluate(framework, figures, observations, overrides);
  const mean = (performance.now() - start) / RUNS;
  const cpuMean = process.cpuUsage(cpuStart).user / 1000 / RUNS;
  const per100 = (mean * 100) / count;
  const cpuPer100 = (cpuMean * 100) / count;
  console.log(
    `scoring: ${count} indicators, mean ${mean.toFixed(3)} ms per evaluation, ` +
      `${per100.toFixed(3)} ms per 100 indicators (target < 1 ms), ${RUNS} runs after 200 warm-up runs; ` +
      `CPU time ${cpuPer100.toFixed(3)} ms per 100 indicators (on a shared machine, wall time includes waiting for a core)`,
  );
  expect(evaluate(framework, figures, observations, overrides).complete).toBe(true);
});
