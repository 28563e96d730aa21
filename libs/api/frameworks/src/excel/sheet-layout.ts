import type { RuleKind } from '@jixiao/domain';

/** Sheet and column names of the workbook; docs/indicator-systems.md describes them for users. */
export const SHEETS = {
  indicators: '指标体系',
  measures: '计算指标',
  grades: '评价等级',
  info: '说明',
} as const;

export const INDICATOR_COLUMNS = {
  id: '编号',
  name: '指标名称',
  weight: '权重',
  explanation: '指标解释',
  standard: '评分标准',
  kind: '规则类型',
  source: '数据来源',
  params: '规则参数',
  exemption: '免评条件',
  deductions: '另行扣分',
} as const;

/** 免评条件 outcomes, as written after "=". */
export const EXEMPTION_OUTCOMES = { 满分: 'full', 不适用: 'not_applicable' } as const;

/** Extra items any rule with a source may state in 规则参数: its verdict for a zero denominator. */
export const ZERO_DENOMINATOR_PARAMS = { nonzero: '分母为0', zero: '0/0' } as const;

export const MEASURE_COLUMNS = { key: 'key', name: '名称', unit: '单位', formula: '公式' } as const;

export const GRADE_COLUMNS = { label: '等级', minScore: '最低分(含)' } as const;

/** Labels in column A of 「说明」, values in column B. */
export const INFO_LABELS = {
  key: '指标体系代码',
  name: '指标体系名称',
  totalWeight: '总权重',
  gradeScaleKey: '等级方案代码',
  gradeScaleName: '等级方案名称',
} as const;

/** Other spellings accepted for a header (matched after removing spaces and any "(…)" suffix). */
export const HEADER_ALIASES: Record<string, readonly string[]> = {
  [MEASURE_COLUMNS.key]: ['代码', '编号', '键'],
  [GRADE_COLUMNS.minScore]: ['最低分', '下限', '最低分数'],
  [GRADE_COLUMNS.label]: ['等级名称'],
  [INDICATOR_COLUMNS.weight]: ['分值', '权重分'],
};

export const RULE_KIND_NAMES: Record<RuleKind, string> = {
  linear: '线性',
  bands: '分档',
  deductions: '按项扣分',
  step: '阶梯扣分',
  levels: '等级',
  yes_no: '是否',
  threshold: '达标',
  ratio: '目标比率',
  proportional: '按比例',
  veto: '否决',
  judgement: '酌情',
};

export const MEASURE_UNIT_NAMES = { rate: '比率', number: '数值' } as const;
