import type { ReportFixture } from './report-fixture';
import { reportedScores } from './report-fixture';

const DEDUCTION_POINTS = [
  ...['1.1.1', '1.1.2', '2.2.1', '2.2.3', '2.3.1'].flatMap((id) => [1, 2, 3].map((k) => `${id}.${k}`)),
  ...[1, 2, 3, 4].map((k) => `1.2.1.${k}`),
  ...[1, 2, 3, 4, 5].map((k) => `2.2.2.${k}`),
  ...[1, 2, 3, 4, 5].map((k) => `2.3.2.${k}`),
];
const LEVEL_INDICATORS = [
  ...['3.1.1', '3.2.1', '3.3.1'].flatMap((id) => [1, 2, 3].map((k) => `${id}.${k}`)),
  ...['3.1.2', '3.1.3', '3.2.2', '3.2.3', '3.3.2', '3.3.3'],
  ...[1, 2, 3, 4].map((k) => `4.1.1.${k}`),
  ...[1, 2].map((k) => `4.2.1.${k}`),
];
const YES_NO_POINTS = [1, 2, 3].map((k) => `3.4.1.${k}`);

/** The table's 得分 per 赋分值 row: every row full except 预算调整率 (0). */
const REPORTED_ROW_SCORES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(DEDUCTION_POINTS.map((id) => [id, id.startsWith('2.3.2.') ? '0.4' : '0.5'])),
  '1.2.2': '2',
  '1.2.3': '2',
  '2.1.1': '2',
  '2.1.2': '2',
  '2.1.3': '0',
  '2.1.4.1': '0.5',
  '2.1.4.2': '0.5',
  '2.1.4.3': '0.5',
  '2.1.4.4': '0.5',
  '2.1.5': '2',
  '2.1.6': '2',
  '2.1.7': '2',
  '2.1.8': '2',
  '2.1.9': '2',
  '2.1.10': '2',
  '2.3.3': '2',
  ...Object.fromEntries(LEVEL_INDICATORS.map((id) => [id, id.split('.').length === 4 ? '2' : '4'])),
  ...Object.fromEntries(YES_NO_POINTS.map((id) => [id, '2'])),
};

/**
 * Seed 2 (/work/shared/seeds/002_b5abdd6560210d93.txt): 曹家湾人民政府 2023 年部门整体绩效评价报告
 * （交换意见稿）, scored against `CAOJIAWAN_2023_FRAMEWORK`. Figures in 万元 (staff in persons). The
 * figures are the ones §四 (the indicator-by-indicator analysis) states, except 公用经费: §四(二)1(7)
 * says "实际支出公用经费 0 万元，与预算安排公用经费 0 万元相比…控制率 100%", a division by zero; the
 * figures used are §一 2(3)'s "全年公用经费预算 73.12 万元，全年公用经费决算 56.32 万元".
 */
export const CAOJIAWAN_2023_FIXTURE: ReportFixture = {
  frameworkKey: 'caojiawan-2023',
  source: '002_b5abdd6560210d93.txt（陕西永元会计师事务所有限公司，交换意见稿，2024 年 6 月 20 日）',
  figures: {
    /** 年初预算安排 932.37 万元，全年预算 1339.89 万元，预算执行 1323.0877 万元 (§一 2(1)). */
    initial_budget: 932.37,
    final_budget: 1339.89,
    final_accounts: 1323.0877,
    /** 本年实有在职人数 53 人，编制人数 54 人 (§四(一)2(2)). */
    staff_quota: 54,
    staff_actual: 53,
    /** 本年安排重点项目支出 674.87 万元，占项目总支出 674.87 万元 (§四(一)2(3)). */
    key_project_expenditure: 674.87,
    project_expenditure_total: 674.87,
    /** 年度实际基本支出 648.22 万元，基本支出预算 665.02 万元 (§四(二)1(1)). */
    basic_final_budget: 665.02,
    basic_final_accounts: 648.22,
    /** 年度实际项目支出 674.87 万元，项目支出预算 674.87 万元 (§四(二)1(2)). */
    project_final_budget: 674.87,
    project_final_accounts: 674.87,
    /** 既定支付进度 932.37 each quarter; 实际支付进度 82.76 / 431.92 / 817.52 / 932.37 (§四(二)1(4)). */
    payment_planned_q1: 932.37,
    payment_actual_q1: 82.76,
    payment_planned_q2: 932.37,
    payment_actual_q2: 431.92,
    payment_planned_q3: 932.37,
    payment_actual_q3: 817.52,
    payment_planned_q4: 932.37,
    payment_actual_q4: 932.37,
    /** 年末结转结余总额 16.80 万元；上年度 272.72 万元 (§四(二)1(5)(6)). */
    carryover_total: 16.8,
    carryover_total_prior: 272.72,
    /** §一 2(3) (see above). */
    public_funds_budget: 73.12,
    public_funds_actual: 56.32,
    /** 三公经费 预算 2 万元，实际 2 万元，上年 2 万元 (§四(二)1(8)(9)). */
    three_public_budget: 2,
    three_public_actual: 2,
    three_public_actual_prior: 2,
    /** 全年实际政府采购金额 0 万元，政府采购预算数 0 万元 (§四(二)1(10)). */
    procurement_budget: 0,
    procurement_actual: 0,
    /** 实际在用固定资产总额 109.98 万元，所有固定资产总额 109.98 万元 (§四(二)3(3)). */
    fixed_assets_total: 109.98,
    fixed_assets_in_use: 109.98,
  },
  observations: {
    /** 完成情况 "是" on every row: no deficiency found. */
    ...Object.fromEntries(DEDUCTION_POINTS.map((id) => [id, 0])),
    /** 完成情况 "达成目标" on every row. */
    ...Object.fromEntries(LEVEL_INDICATORS.map((id) => [id, 'achieved'])),
    /** 完成情况 "是". */
    ...Object.fromEntries(YES_NO_POINTS.map((id) => [id, true])),
  },
  overrides: reportedScores(REPORTED_ROW_SCORES),
  stated: {
    total: '98',
    grade: '优',
    /** 绩效指标评分表: 投入 9, 过程 29, 产出 48, 效果 12. */
    level1: { '1': '9', '2': '29', '3': '48', '4': '12' },
  },
};
