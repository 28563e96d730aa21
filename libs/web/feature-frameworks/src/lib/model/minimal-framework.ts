import { GRADE_SCALES, type Framework } from '@jixiao/domain';

/** The smallest valid framework a new template starts from: one level-1 indicator with one leaf. */
export function minimalFramework(name: string): Framework {
  return {
    key: `custom-${Date.now().toString(36)}`,
    name,
    totalWeight: '100',
    indicators: [
      {
        id: '1',
        name: '产出',
        weight: '100',
        children: [
          {
            id: '1.1',
            name: '目标完成情况',
            weight: '100',
            standard:
              '达成目标得 100%，基本达成得 75%，部分实现得 50%，实现程度较低得 25%，实现程度低不得分。',
            rule: {
              kind: 'levels',
              levels: [
                { key: 'achieved', label: '达成目标', rate: '1' },
                { key: 'mostly', label: '基本达成', rate: '0.75' },
                { key: 'partly', label: '部分实现', rate: '0.5' },
                { key: 'low', label: '实现程度较低', rate: '0.25' },
                { key: 'none', label: '实现程度低', rate: '0' },
              ],
            },
          },
        ],
      },
    ],
    measures: [],
    gradeScale: structuredClone(GRADE_SCALES.standard),
  };
}
