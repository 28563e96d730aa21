import type { MessageTemplates } from './message';

/** What the report's consistency gate says (libs/domain/src/report/report-gate.ts). */
export const REPORT_MESSAGES = {
  'report.gate.total_differs': {
    'zh-CN': '报告中的综合得分 {stated} 与按指标体系重新计算的 {computed} 不一致',
    'en-US': 'The report states a total of {stated}; recomputed from the indicator tree it is {computed}',
  },
  'report.gate.grade_differs': {
    'zh-CN': '报告中的评价等级「{stated}」与重新计算的「{computed}」不一致',
    'en-US': 'The report states grade 「{stated}」; recomputed it is 「{computed}」',
  },
  'report.gate.total_not_sum': {
    'zh-CN': '综合得分 {total} 不等于一级指标得分合计 {sum}',
    'en-US': 'The total {total} is not the sum of the level-1 scores ({sum})',
  },
  'report.gate.grade_not_of_total': {
    'zh-CN': '综合得分 {total} 对应的等级为「{expected}」，报告写的是「{stated}」',
    'en-US': 'A total of {total} is grade 「{expected}」; the report states 「{stated}」',
  },
  'report.gate.level1_differs': {
    'zh-CN': '一级指标「{name}」得分 {stated} 与重新计算的 {computed} 不一致',
    'en-US': 'Level-1 indicator 「{name}」 shows {stated}; recomputed it is {computed}',
  },
  'report.gate.score_differs': {
    'zh-CN': '指标 {id}「{name}」得分 {stated} 与重新计算的 {computed} 不一致',
    'en-US': 'Indicator {id} 「{name}」 shows {stated}; recomputed it is {computed}',
  },
  'report.gate.deduction_reason_missing': {
    'zh-CN': '指标 {id}「{name}」扣了 {lost} 分，但没有填写扣分原因',
    'en-US': 'Indicator {id} 「{name}」 lost {lost} points but has no deduction reason',
  },
  'report.gate.deduction_not_in_problems': {
    'zh-CN': '指标 {id}「{name}」的扣分未在「六、存在问题及原因分析」中说明，也未注明不列入的理由',
    'en-US':
      'The deduction on indicator {id} 「{name}」 is neither explained in section 6 (problems) nor waived with a reason',
  },
  'report.gate.override_not_listed': {
    'zh-CN': '指标 {id}「{name}」的得分调整（{score} 分）未在报告中列明理由',
    'en-US':
      'The override of indicator {id} 「{name}」 ({score}) is not listed with its reason in the report',
  },
  'report.gate.override_departs': {
    'zh-CN': '指标 {id}「{name}」按评分规则得 {rule} 分，报告采用 {score} 分（理由：{reason}）',
    'en-US':
      'Indicator {id} 「{name}」 scores {rule} by its rule; the report uses {score} (reason: {reason})',
  },
  'report.gate.placeholder_unresolved': {
    'zh-CN': '占位符 {token} 无法取值（没有这项数据）',
    'en-US': 'The placeholder {token} does not resolve (no such value)',
  },
  'report.gate.typed_figure_differs': {
    'zh-CN': '正文中「{label}」后写的是 {typed}，数据为 {value}；请改用占位符',
    'en-US':
      'The text gives {typed} after 「{label}」 but the data says {value}; insert the placeholder instead',
  },
} as const satisfies Record<string, MessageTemplates>;
