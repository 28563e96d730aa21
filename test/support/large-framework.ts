import { GRADE_SCALES, type Framework, type IndicatorNode } from '@jixiao/domain';

const STANDARD = '每发现一项不符合扣 25% 分值，扣完为止；资料不全的，酌情扣分。'.repeat(3);

/**
 * An indicator system of 1,910 rows (10 × 10 × 18, with long standard texts): near the 2,000 rows
 * an import accepts, for the import's load tests and benchmarks.
 */
export function largeFramework(): Framework {
  const indicators: IndicatorNode[] = Array.from({ length: 10 }, (_, a) => ({
    id: String(a + 1),
    name: `一级指标 ${a + 1}`,
    weight: '10',
    children: Array.from({ length: 10 }, (_, b) => ({
      id: `${a + 1}.${b + 1}`,
      name: `二级指标 ${a + 1}.${b + 1}`,
      weight: '1',
      children: Array.from({ length: 18 }, (_, c) => ({
        id: `${a + 1}.${b + 1}.${c + 1}`,
        name: `三级指标 ${a + 1}.${b + 1}.${c + 1}`,
        weight: c === 17 ? '0.15' : '0.05',
        explanation: '决算支出数与全年预算数的比率，反映预算执行进度。',
        standard: STANDARD,
        rule: { kind: 'judgement' },
      })),
    })),
  }));
  return {
    key: 'large',
    name: '大型指标体系（负载测试）',
    totalWeight: '100',
    indicators,
    measures: [],
    gradeScale: GRADE_SCALES.standard,
  };
}
