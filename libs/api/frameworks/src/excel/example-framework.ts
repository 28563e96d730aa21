import { GRADE_SCALES, type Framework } from '@jixiao/domain';

/** The example rows of the blank template: a valid two-level system with one rule of each common kind. */
export const EXAMPLE_FRAMEWORK: Framework = {
  key: 'my-framework',
  name: '（请填写）部门整体支出绩效评价指标体系',
  totalWeight: '100',
  indicators: [
    {
      id: '1',
      name: '过程',
      weight: '100',
      children: [
        {
          id: '1.1',
          name: '预算执行率',
          weight: '60',
          explanation: '决算支出数与全年预算数的比率。',
          standard: '(预算执行率 − 60%) / (100% − 60%) × 60',
          rule: { kind: 'linear', source: { measure: 'execution_rate' }, zeroAt: 0.6, fullAt: 1 },
        },
        {
          id: '1.2',
          name: '管理制度健全性',
          weight: '40',
          standard: '每发现一项不符合扣 10 分，扣完为止。',
          rule: { kind: 'deductions', source: { observed: true }, perFinding: '10' },
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
  gradeScale: GRADE_SCALES.standard,
};
