/// <reference types="node" />
/**
 * Excel import/export benchmark: writes and reads a synthetic 200-indicator framework (4 level-1
 * families × 5 level-2 × 9 level-3 leaves + parents = 204 rows, every rule kind, long standard texts).
 *
 * Run:  npx vitest bench --run --project 'domain (bench)' tools/bench/framework-excel-bench.bench.ts
 * (picked up through `benchmark.include` of the `domain` project, like scoring.bench.ts). Prints the
 * mean export and import time over a fixed number of runs after a warm-up (no timing assertion);
 * checks that the round trip gives the framework back.
 */
import { expect, test } from 'vitest';
import { GRADE_SCALES, type Framework, type IndicatorNode, type ScoringRule } from '@jixiao/domain';
import {
  exportFrameworkWorkbook,
  importFrameworkWorkbook,
} from '../../libs/api/frameworks/src/excel/framework-workbook';

const RULES: ScoringRule[] = [
  { kind: 'linear', source: { measure: 'execution_rate' }, zeroAt: 0.6, fullAt: 1 },
  {
    kind: 'bands',
    source: { measure: 'execution_rate' },
    bands: [
      { max: 0.1, maxInclusive: true, points: '0.5' },
      { min: 0.1, minInclusive: false, max: 0.4, maxInclusive: true, points: '0.25' },
      { min: 0.4, minInclusive: false, points: '0' },
    ],
  },
  { kind: 'deductions', source: { observed: true }, perFinding: '0.25', maxDeduction: '1' },
  {
    kind: 'step',
    source: { observed: true },
    threshold: 0.1,
    direction: 'above',
    step: 0.01,
    perStep: '0.1',
    rounding: 'up',
  },
  {
    kind: 'levels',
    levels: [
      { key: 'A', label: '达成目标', rate: '1' },
      { key: 'B', label: '基本达成', rate: '0.75' },
      { key: 'C', label: '部分实现', rate: '0.5' },
    ],
  },
  { kind: 'yes_no' },
  { kind: 'threshold', source: { measure: 'execution_rate' }, comparator: '<=', value: 1 },
  { kind: 'ratio', source: { figure: 'done' }, target: { figure: 'planned' }, direction: 'higher_is_better' },
  { kind: 'judgement' },
];

const STANDARD = '每发现一项不符合扣 25% 分值，扣完为止；资料不全的，酌情扣分。'.repeat(3);

function framework(): Framework {
  const indicators: IndicatorNode[] = [1, 2, 3, 4].map((a) => ({
    id: String(a),
    name: `一级指标 ${a}`,
    weight: '25',
    children: [1, 2, 3, 4, 5].map((b) => ({
      id: `${a}.${b}`,
      name: `二级指标 ${a}.${b}`,
      weight: '5',
      children: Array.from({ length: 9 }, (_, index) => ({
        id: `${a}.${b}.${index + 1}`,
        name: `三级指标 ${a}.${b}.${index + 1}`,
        weight: index < 5 ? '0.5' : '0.625',
        explanation: '决算支出数与全年预算数的比率，反映预算执行进度。',
        standard: STANDARD,
        rule: RULES[index % RULES.length] ?? { kind: 'judgement' },
      })),
    })),
  }));
  return {
    key: 'bench',
    name: '基准测试指标体系',
    totalWeight: '100',
    indicators,
    measures: [
      {
        key: 'execution_rate',
        name: '预算执行率',
        unit: 'rate',
        formula: { op: 'div', args: [{ figure: 'final_accounts' }, { figure: 'final_budget' }] },
      },
    ],
    gradeScale: GRADE_SCALES.standard,
  };
}

const WARM_UP = 3;
const RUNS = 20;

async function mean(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const start = performance.now();
  for (let i = 0; i < RUNS; i++) await run();
  return (performance.now() - start) / RUNS;
}

test('export and import a 200-indicator framework', async () => {
  const system = framework();
  const bytes = await exportFrameworkWorkbook(system);
  const preview = await importFrameworkWorkbook(bytes);
  expect(preview.problems.filter((p) => !p.code.startsWith('warning.'))).toEqual([]);
  expect(preview.framework).toEqual(system);
  const exportMs = await mean(() => exportFrameworkWorkbook(system));
  const importMs = await mean(() => importFrameworkWorkbook(bytes));
  console.log(
    `framework excel: ${preview.indicatorCount} indicators, ${(bytes.length / 1024).toFixed(0)} KiB; ` +
      `export ${exportMs.toFixed(1)} ms, import ${importMs.toFixed(1)} ms (mean of ${RUNS} runs after ${WARM_UP} warm-up runs)`,
  );
}, 120_000);
