import { isDecimalString } from '@jixiao/domain/vocabulary';
import type { Locale } from './errors';

/**
 * Limits on what an indicator system may say, checked by the editor as the user types and by the
 * API before anything is stored: lengths the database or the pages can hold, and numbers that make
 * sense for a score (a weight never above its parent's, a grade bound within the total).
 */
export const FRAMEWORK_LIMITS = {
  /** framework_template.name is CHECK (length BETWEEN 1 AND 200). */
  nameLength: 200,
  nodeIdLength: 32,
  nodeNameLength: 200,
  /** 指标解释 and 评分标准 (the longest in the built-ins is about 720 characters). */
  textLength: 5000,
  gradeScaleNameLength: 100,
  gradeLabelLength: 50,
  measureKeyLength: 64,
  measureNameLength: 100,
  /** Highest total score (总分) a framework may have. */
  maxTotalWeight: 1000,
  /** Decimal places of weights, the total and grade bounds. */
  decimals: 4,
} as const;

/** The field a limit concerns: its label in the UI. */
export type LimitField =
  | 'framework.name'
  | 'framework.totalWeight'
  | 'node.id'
  | 'node.name'
  | 'node.weight'
  | 'node.explanation'
  | 'node.standard'
  | 'gradeScale.name'
  | 'grade.label'
  | 'grade.minScore'
  | 'measure.key'
  | 'measure.name';

export type LimitCode =
  | 'limit.required'
  | 'limit.too_long'
  | 'limit.decimals'
  | 'limit.not_positive'
  | 'limit.negative'
  | 'limit.above_total'
  | 'limit.above_parent'
  | 'limit.max';

export interface LimitProblem {
  /** Field path as the API reports it, e.g. `framework.indicators[1.2].weight`. */
  path: string;
  field: LimitField;
  code: LimitCode;
  params: Record<string, string | number>;
  /** The indicator concerned, for showing the problem on its row. */
  nodeId: string | null;
}

/** Paths of the fields, shared by the editor (to find a field's problem) and the API (to report it). */
export const limitPath = {
  framework: (field: 'name' | 'totalWeight') => `framework.${field}`,
  node: (id: string, field: 'id' | 'name' | 'weight' | 'explanation' | 'standard') =>
    `framework.indicators[${id}].${field}`,
  gradeScaleName: () => 'framework.gradeScale.name',
  grade: (index: number, field: 'label' | 'minScore') => `framework.gradeScale.grades[${index}].${field}`,
  measure: (index: number, field: 'key' | 'name') => `framework.measures[${index}].${field}`,
};

const LABELS: Record<LimitField, Record<Locale, string>> = {
  'framework.name': { 'zh-CN': '指标体系名称', 'en-US': 'The name of the indicator system' },
  'framework.totalWeight': { 'zh-CN': '总分', 'en-US': 'The total score' },
  'node.id': { 'zh-CN': '编号', 'en-US': 'The number' },
  'node.name': { 'zh-CN': '指标名称', 'en-US': 'The indicator name' },
  'node.weight': { 'zh-CN': '权重', 'en-US': 'The weight' },
  'node.explanation': { 'zh-CN': '指标解释', 'en-US': 'The explanation' },
  'node.standard': { 'zh-CN': '评分标准', 'en-US': 'The scoring standard' },
  'gradeScale.name': { 'zh-CN': '等级方案名称', 'en-US': 'The name of the grade scale' },
  'grade.label': { 'zh-CN': '等级名称', 'en-US': 'The grade name' },
  'grade.minScore': { 'zh-CN': '等级下限', 'en-US': 'The lower bound of the grade' },
  'measure.key': { 'zh-CN': '测算指标代码', 'en-US': 'The measure key' },
  'measure.name': { 'zh-CN': '测算指标名称', 'en-US': 'The measure name' },
};

const MESSAGES: Record<LimitCode, Record<Locale, string>> = {
  'limit.required': { 'zh-CN': '{label}不能为空', 'en-US': '{label} must not be empty' },
  'limit.too_long': {
    'zh-CN': '{label}不能超过 {max} 个字符（现有 {actual} 个）',
    'en-US': '{label} must have at most {max} characters (it has {actual})',
  },
  'limit.decimals': {
    'zh-CN': '{label}最多保留 {max} 位小数',
    'en-US': '{label} may have at most {max} decimal places',
  },
  'limit.not_positive': { 'zh-CN': '{label}必须大于 0', 'en-US': '{label} must be above 0' },
  'limit.negative': { 'zh-CN': '{label}不能为负数', 'en-US': '{label} must not be negative' },
  'limit.above_total': {
    'zh-CN': '{label} {value} 超过总分 {max}',
    'en-US': '{label} {value} is above the total score {max}',
  },
  'limit.above_parent': {
    'zh-CN': '{label} {value} 超过上级指标的权重 {max}',
    'en-US': '{label} {value} is above the weight of the parent indicator, {max}',
  },
  'limit.max': {
    'zh-CN': '{label}不能超过 {max}',
    'en-US': '{label} must be at most {max}',
  },
};

/** The problem's message in a language: it names the field and the limit. */
export function limitMessage(
  problem: Pick<LimitProblem, 'field' | 'code' | 'params'>,
  locale: Locale,
): string {
  const params: Record<string, string | number> = { ...problem.params, label: LABELS[problem.field][locale] };
  return MESSAGES[problem.code][locale].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

type Push = (field: LimitField, path: string, code: LimitCode, params?: LimitProblem['params']) => void;

function checkText(
  push: Push,
  field: LimitField,
  path: string,
  value: unknown,
  max: number,
  required: boolean,
) {
  // A missing field or one of the wrong type is the framework parser's to report.
  if (typeof value !== 'string') return;
  const text = value;
  if (required && text.trim() === '') push(field, path, 'limit.required');
  // Characters as people count them (a CJK character or an emoji is one).
  const length = [...text].length;
  if (length > max) push(field, path, 'limit.too_long', { max, actual: length });
}

function decimalPlaces(value: string): number {
  const point = value.indexOf('.');
  return point < 0 ? 0 : value.length - point - 1;
}

/**
 * Checks a decimal against a ceiling; values that are not decimals are left to the framework
 * validator. Returns the value when it is usable as a ceiling for children.
 */
function checkDecimal(
  push: Push,
  field: LimitField,
  path: string,
  value: unknown,
  ceiling: { max: string; code: 'limit.above_total' | 'limit.above_parent' | 'limit.max' } | null,
  positive = false,
): string | null {
  if (!isDecimalString(value)) return null;
  const places = decimalPlaces(value);
  if (places > FRAMEWORK_LIMITS.decimals) {
    push(field, path, 'limit.decimals', { max: FRAMEWORK_LIMITS.decimals });
    return null;
  }
  const number = Number(value);
  if (number < 0) {
    push(field, path, 'limit.negative');
    return null;
  }
  if (positive && number === 0) push(field, path, 'limit.not_positive');
  if (ceiling && number > Number(ceiling.max)) {
    push(field, path, ceiling.code, { value, max: ceiling.max });
    return null;
  }
  return value;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isRecord) : []);
/** Deeper trees are refused by the framework parser; the limits stop looking there. */
const MAX_DEPTH = 32;

/**
 * Every limit the framework breaks, in document order (name and total, indicators, grades,
 * measures). Reads its input loosely, so the API can report limits alongside the validator's
 * problems even when the framework has errors; what is not there or of the wrong type is the
 * parser's to report.
 */
export function frameworkLimitProblems(framework: unknown): LimitProblem[] {
  const problems: LimitProblem[] = [];
  if (!isRecord(framework)) return problems;
  let nodeId: string | null = null;
  const push: Push = (field, path, code, params = {}) => problems.push({ path, field, code, params, nodeId });
  const L = FRAMEWORK_LIMITS;

  checkText(push, 'framework.name', limitPath.framework('name'), framework['name'], L.nameLength, true);
  const total = checkDecimal(
    push,
    'framework.totalWeight',
    limitPath.framework('totalWeight'),
    framework['totalWeight'],
    { max: String(L.maxTotalWeight), code: 'limit.max' },
    true,
  );

  const walk = (node: Json, ceiling: string | null, depth: number) => {
    const id = typeof node['id'] === 'string' ? node['id'] : '';
    nodeId = id;
    const path = (field: 'id' | 'name' | 'weight' | 'explanation' | 'standard') => limitPath.node(id, field);
    checkText(push, 'node.id', path('id'), node['id'], L.nodeIdLength, true);
    checkText(push, 'node.name', path('name'), node['name'], L.nodeNameLength, true);
    checkText(push, 'node.explanation', path('explanation'), node['explanation'], L.textLength, false);
    checkText(push, 'node.standard', path('standard'), node['standard'], L.textLength, false);
    const weight = checkDecimal(
      push,
      'node.weight',
      path('weight'),
      node['weight'],
      ceiling === null
        ? null
        : { max: ceiling, code: depth === 1 ? 'limit.above_total' : 'limit.above_parent' },
    );
    if (depth < MAX_DEPTH) for (const child of records(node['children'])) walk(child, weight, depth + 1);
  };
  for (const node of records(framework['indicators'])) walk(node, total, 1);
  nodeId = null;

  const scale = isRecord(framework['gradeScale']) ? framework['gradeScale'] : {};
  checkText(
    push,
    'gradeScale.name',
    limitPath.gradeScaleName(),
    scale['name'],
    L.gradeScaleNameLength,
    false,
  );
  records(scale['grades']).forEach((grade, index) => {
    checkText(push, 'grade.label', limitPath.grade(index, 'label'), grade['label'], L.gradeLabelLength, true);
    checkDecimal(
      push,
      'grade.minScore',
      limitPath.grade(index, 'minScore'),
      grade['minScore'],
      total === null ? null : { max: total, code: 'limit.above_total' },
    );
  });
  records(framework['measures']).forEach((measure, index) => {
    checkText(push, 'measure.key', limitPath.measure(index, 'key'), measure['key'], L.measureKeyLength, true);
    checkText(
      push,
      'measure.name',
      limitPath.measure(index, 'name'),
      measure['name'],
      L.measureNameLength,
      true,
    );
  });
  return problems;
}
