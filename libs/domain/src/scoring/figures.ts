/**
 * The fiscal figures a unit supplies and the team verifies (DOMAIN.md "Fiscal data and derived
 * measures"), by the keys measures use. Frameworks may use other keys; these are the common ones,
 * named so that screens and exports can show 年初预算数 rather than `initial_budget`.
 */
export interface FigureDefinition {
  key: string;
  name: string;
  /** The name in English, for the en-US UI and messages. */
  nameEn: string;
  unit: '万元' | '人' | '个' | '%' | '份';
  /** The group a form shows it under (预算, 三公经费 …); see `FIGURE_GROUPS`. */
  group: FigureGroup;
}

/** How the figures are grouped on forms, in order, with their Chinese titles. */
export const FIGURE_GROUPS = {
  budget: '预算与决算',
  basic_project: '基本支出与项目支出',
  public_funds: '公用经费与“三公”经费',
  carryover: '结转结余',
  staff: '人员编制',
  assets: '固定资产与政府采购',
  payment: '支付进度',
  projects: '项目完成情况',
  questionnaire: '满意度问卷',
} as const;
export type FigureGroup = keyof typeof FIGURE_GROUPS;

const GROUP_OF: Readonly<Record<string, FigureGroup>> = {
  initial_budget: 'budget',
  final_budget: 'budget',
  final_accounts: 'budget',
  public_funds_budget: 'public_funds',
  public_funds_actual: 'public_funds',
  public_funds_actual_prior: 'public_funds',
  three_public_budget: 'public_funds',
  three_public_actual: 'public_funds',
  three_public_actual_prior: 'public_funds',
  carryover_total: 'carryover',
  carryover_total_prior: 'carryover',
  staff_quota: 'staff',
  staff_actual: 'staff',
  fixed_assets_total: 'assets',
  fixed_assets_in_use: 'assets',
  procurement_budget: 'assets',
  procurement_actual: 'assets',
  projects_planned: 'projects',
  projects_completed: 'projects',
};

function groupOf(key: string): FigureGroup {
  if (key.startsWith('payment_')) return 'payment';
  if (key.startsWith('questionnaire_')) return 'questionnaire';
  return GROUP_OF[key] ?? 'basic_project';
}

const figure = (
  key: string,
  name: string,
  nameEn: string,
  unit: FigureDefinition['unit'] = '万元',
): FigureDefinition => ({ key, name, nameEn, unit, group: groupOf(key) });

const UNIT_EN: Readonly<Record<FigureDefinition['unit'], string>> = {
  万元: '10k CNY',
  人: 'persons',
  个: 'items',
  '%': '%',
  份: 'copies',
};

export const STANDARD_FIGURES: readonly FigureDefinition[] = [
  figure('initial_budget', '年初预算数', 'Initial budget'),
  figure('final_budget', '全年预算数（调整预算数）', 'Final (adjusted) budget'),
  figure('final_accounts', '决算支出数', 'Final accounts expenditure'),
  figure('basic_initial_budget', '基本支出年初预算数', 'Basic expenditure, initial budget'),
  figure('basic_final_budget', '基本支出全年预算数', 'Basic expenditure, final budget'),
  figure('basic_final_accounts', '基本支出决算数', 'Basic expenditure, final accounts'),
  figure('project_initial_budget', '项目支出年初预算数', 'Project expenditure, initial budget'),
  figure('project_final_budget', '项目支出全年预算数', 'Project expenditure, final budget'),
  figure('project_final_accounts', '项目支出决算数', 'Project expenditure, final accounts'),
  figure('project_expenditure_total', '项目支出总额', 'Total project expenditure'),
  figure('key_project_expenditure', '重点项目支出', 'Key project expenditure'),
  figure('public_funds_budget', '公用经费预算数', 'Public funds budget'),
  figure('public_funds_actual', '公用经费决算数', 'Public funds spent'),
  figure('public_funds_actual_prior', '上年公用经费决算数', 'Public funds spent last year'),
  figure('three_public_budget', '“三公”经费预算安排数', '"Three public" budget'),
  figure('three_public_actual', '“三公”经费实际支出数', '"Three public" spending'),
  figure('three_public_actual_prior', '上年“三公”经费实际支出数', '"Three public" spending last year'),
  figure('carryover_total', '本年结转结余总额', 'Carry-over balance'),
  figure('carryover_total_prior', '上年结转结余总额', 'Carry-over balance last year'),
  figure('staff_quota', '编制数', 'Authorised staff', '人'),
  figure('staff_actual', '实有在职人数', 'Staff in post', '人'),
  figure('fixed_assets_total', '固定资产总额', 'Fixed assets'),
  figure('fixed_assets_in_use', '在用固定资产总额', 'Fixed assets in use'),
  figure('procurement_budget', '政府采购预算数', 'Government procurement budget'),
  figure('procurement_actual', '实际政府采购金额', 'Government procurement spent'),
  figure('payment_planned_q1', '第一季度既定支付进度', 'Planned payment progress, Q1', '%'),
  figure('payment_planned_q2', '第二季度既定支付进度', 'Planned payment progress, Q2', '%'),
  figure('payment_planned_q3', '第三季度既定支付进度', 'Planned payment progress, Q3', '%'),
  figure('payment_planned_q4', '第四季度既定支付进度', 'Planned payment progress, Q4', '%'),
  figure('payment_actual_q1', '第一季度实际支付进度', 'Actual payment progress, Q1', '%'),
  figure('payment_actual_q2', '第二季度实际支付进度', 'Actual payment progress, Q2', '%'),
  figure('payment_actual_q3', '第三季度实际支付进度', 'Actual payment progress, Q3', '%'),
  figure('payment_actual_q4', '第四季度实际支付进度', 'Actual payment progress, Q4', '%'),
  figure('projects_planned', '计划项目数', 'Planned projects', '个'),
  figure('projects_completed', '完成项目数', 'Completed projects', '个'),
  // Questionnaires (问卷): issued / returned / valid counts and the satisfied answers feed the
  // satisfaction indicators (回收率 = returned / issued, 满意度 = satisfied / valid).
  figure('questionnaire_issued', '发放问卷数', 'Questionnaires issued', '份'),
  figure('questionnaire_returned', '回收问卷数', 'Questionnaires returned', '份'),
  figure('questionnaire_valid', '有效问卷数', 'Valid questionnaires', '份'),
  figure('questionnaire_satisfied', '满意问卷数', 'Satisfied answers', '份'),
];

const BY_KEY = new Map(STANDARD_FIGURES.map((definition) => [definition.key, definition]));

/**
 * The figure's name with its unit in a language ("年初预算数（万元）", "Initial budget (10k CNY)"), or
 * the key itself when the figure is not a standard one (a framework's own figure is named by its key).
 */
export function figureLabel(key: string, locale: 'zh-CN' | 'en-US' = 'zh-CN'): string {
  const definition = BY_KEY.get(key);
  if (!definition) return key;
  return locale === 'en-US'
    ? `${definition.nameEn} (${UNIT_EN[definition.unit]})`
    : `${definition.name}（${definition.unit}）`;
}

/** The message naming a figure: rendered as its `figureLabel` in the reader's language (never the key for a standard figure). */
export const FIGURE_NAME = 'figure.name';

export function figureName(key: string): { code: typeof FIGURE_NAME; params: { key: string } } {
  return { code: FIGURE_NAME, params: { key } };
}

/** The standard definition of a figure key, or undefined for a key only a framework uses. */
export function figureDefinition(key: string): FigureDefinition | undefined {
  return BY_KEY.get(key);
}
