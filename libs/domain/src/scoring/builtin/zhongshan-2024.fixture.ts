import type { ReportFixture } from './report-fixture';
import { reportedScores } from './report-fixture';

/**
 * Seed 1 (/work/shared/seeds/001_baafd2d86beab41e.txt): 昌吉市人民政府中山路街道办事处 2024 年部门整体支出
 * 绩效评价报告, scored against `ZHONGSHAN_2024_FRAMEWORK`. Figures in 万元. Where the report gives the
 * same number twice differently, the value used is the one the scoring table and §四 use; the other is
 * listed in docs/seed-findings.md.
 */
export const ZHONGSHAN_2024_FIXTURE: ReportFixture = {
  frameworkKey: 'zhongshan-2024',
  source: '001_baafd2d86beab41e.txt（新疆大学，2025 年 7 月）',
  figures: {
    /** 年初预算数 / 全年预算数 / 决算数 (表1、表2, §四(二)1(1)). */
    initial_budget: 3592.06,
    final_budget: 4184.69,
    final_accounts: 4184.69,
    /** 结转结余金额为0万元 (§四(二)1(2)). */
    carryover_total: 0,
    /** “三公”经费预算安排3万元，支出金额为2.72万元 (§四(二)1(3)). */
    three_public_budget: 3,
    three_public_actual: 2.72,
    /** 固定资产总额 2452.53 万元, 正在使用 2452.53 万元 (§四(二)4). */
    fixed_assets_total: 2452.53,
    fixed_assets_in_use: 2452.53,
    /** 28个项目均已完成 (§四(三)1(1)). */
    projects_completed: 28,
    /** 基本支出年初预算数2907.81万元，决算数3262.96万元；项目支出年初预算数684.25万元，决算数921.73万元 (§六(一)). */
    basic_initial_budget: 2907.81,
    basic_final_accounts: 3262.96,
    project_initial_budget: 684.25,
    project_final_accounts: 921.73,
  },
  observations: {
    /** "资金管理、费用标准、支付符合有关制度规定，按时限完成进度支付资金" */
    '1.1.1.1': true,
    /** "没有发生超范围、超标准支出，虚列支出，截留、挤占、挪用资金" */
    '1.1.1.3': false,
    /** "按时公开了相关的预算、决算信息，且公开内容较为详细，符合相关制度要求" */
    '1.1.2.1': 'as_required',
    '1.1.2.2': 'as_required',
    /** Points 1–4 are confirmed one by one in 完成情况; point 5 is not mentioned but the full 5 implies it. */
    '1.2.1.1': true,
    '1.2.1.2': true,
    '1.2.1.3': true,
    '1.2.1.4': true,
    '1.2.1.5': true,
    /** 扣分原因: "项目库管理、新增项目事前绩效评估两项未曾在预算公开说明中找到，因此扣两分" */
    '1.2.2': 2,
    /** "相关管理制度合法、合规、完整，且相关管理制度能够有效执行" */
    '2.2.1': 0,
    /** ①–⑤ all conform; no audit findings */
    '2.2.2': 0,
    /** ①② conform; ③ "审计、督查、专项检查、日常监管未发现此方面存在问题" */
    '2.3.1.1': 0,
    '2.3.1.2': 0,
    '2.3.2.1': true,
    '2.3.2.2': true,
    /** "已完成24个政府采购项目工作" (shortfall 0); "政府采购项目符合政府采购要求" */
    '3.1.2.1': 0,
    '3.1.2.2': 0,
    /** "对标对表，扎实开展示范创建工作" */
    '3.1.3': true,
  },
  /**
   * The scores the report lists: the table's 得分 for each level-3 indicator; for 财务合规性 the body
   * (§四(一)1(1)) also scores the points: ① 得2分, ② 得2.4分 (together the table's 4.4).
   */
  overrides: reportedScores({
    '1.1.1.1': '2',
    '1.1.1.2': '2.4',
    '1.1.2': '5',
    '1.2.1': '5',
    '1.2.2': '3',
    '2.1.1': '2',
    '2.1.2': '4',
    '2.1.3': '4',
    '2.2.1': '6',
    '2.2.2': '6',
    '2.3.1': '5',
    '2.3.2': '5',
    '2.4.1': '5',
    '2.4.2': '4',
    '3.1.1': '12',
    '3.1.2': '6',
    '3.1.3': '6',
    '4.1.1': '6',
    '4.2.1': '7',
  }),
  stated: {
    total: '95.4',
    grade: '优',
    /** 表3: 决策 17.40, 过程 41.00, 产出 24.00, 效益 13.00. */
    level1: { '1': '17.4', '2': '41', '3': '24', '4': '13' },
  },
};
