import { GRADE_SCALES, type Framework } from '@jixiao/domain';

/** A small framework for specs: two level-1 indicators, a measure, an observed leaf. */
export function testFramework(): Framework {
  return {
    key: 'test',
    name: '测试指标体系',
    totalWeight: '100',
    indicators: [
      {
        id: '1',
        name: '过程',
        weight: '60',
        children: [
          {
            id: '1.1',
            name: '预算执行率',
            weight: '40',
            rule: { kind: 'linear', source: { measure: 'execution_rate' }, zeroAt: 0.6, fullAt: 1 },
          },
          {
            id: '1.2',
            name: '制度健全性',
            weight: '20',
            rule: { kind: 'deductions', source: { observed: true }, perFinding: '5' },
          },
        ],
      },
      {
        id: '2',
        name: '效果',
        weight: '40',
        children: [
          {
            id: '2.1',
            name: '目标实现',
            weight: '40',
            rule: {
              kind: 'levels',
              levels: [
                { key: 'a', label: '达成', rate: '1' },
                { key: 'b', label: '部分', rate: '0.5' },
              ],
            },
          },
        ],
      },
    ],
    measures: [
      {
        key: 'execution_rate',
        name: '预算执行率',
        unit: 'rate',
        formula: { op: 'div', args: [{ figure: 'final_accounts' }, { figure: 'final_budget' }] },
      },
    ],
    gradeScale: structuredClone(GRADE_SCALES.standard),
  };
}
