import type { EntityManager } from 'typeorm';
import { DEMO_ORGANISATIONS, demoCreditCode } from './demo-data';
import { seedDemoEvaluation, type DemoActor } from './seed-demo-evaluations';
import { seedDemoRequests } from './seed-demo-requests';
// Fieldwork: fiscal figures and the scoring workbench (issue 9)
import { seedDemoFiguresAndScores } from './seed-demo-figures-and-scores';
// Fieldwork: work papers (工作底稿)
import { seedDemoWorkPapers } from './seed-demo-work-papers';
// The report (issue 10)
import { seedDemoReports } from './seed-demo-report';
// Demo data for the whole lifecycle (issue 11): review, issued, archived
import { seedDemoLifecycle, type DemoSeedOptions } from './seed-demo-lifecycle';

const BUREAU = '昌吉市财政局';
const FIRM = '新疆正衡会计师事务所有限公司';
const UNIVERSITY = '新疆财经大学绩效评价研究中心';
const ZSL = '昌吉市人民政府中山路街道办事处';
const NBL = '昌吉市人民政府宁边路街道办事处';

/**
 * The bureau's units and firm roster, and evaluations in several phases, so a newcomer sees the
 * product working: one awaiting the firm's answer, one declined and awaiting another firm, one in
 * preparation with a returned plan (overdue), one in fieldwork with an approved plan.
 */
export async function seedDemoEngagements(
  manager: EntityManager,
  ids: ReadonlyMap<string, string>,
  users: ReadonlyMap<string, DemoActor>,
  options: DemoSeedOptions = {},
): Promise<void> {
  const org = (name: string) => {
    const id = ids.get(name);
    if (!id) throw new Error(`Demo organisation ${name} missing`);
    return { id, name };
  };
  const user = (email: string) => {
    const found = users.get(email);
    if (!found) throw new Error(`Demo user ${email} missing`);
    return found;
  };
  const bureau = org(BUREAU);
  const firm = org(FIRM);
  const university = org(UNIVERSITY);

  await manager.query(`SELECT set_config('app.org_id', $1, true)`, [bureau.id]);
  await manager.query(`UPDATE organisation SET parent_bureau_id = $1 WHERE id = ANY($2::uuid[])`, [
    bureau.id,
    [org(ZSL).id, org(NBL).id],
  ]);
  for (const name of [FIRM, UNIVERSITY]) {
    const demo = DEMO_ORGANISATIONS.find((organisation) => organisation.name === name);
    if (!demo) continue;
    await manager.query(
      `INSERT INTO firm_roster (bureau_org_id, firm_org_id, firm_name, firm_region, firm_credit_code, added_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [bureau.id, org(name).id, name, demo.region, demoCreditCode(demo), user('admin@czj.demo').userId],
    );
  }

  const officer = user('officer@czj.demo');
  const lead = user('lead@firm.demo');
  const evaluator = user('evaluator@firm.demo');
  const common = {
    bureau,
    commissionedBy: officer,
    requirements: '按照《项目支出绩效评价管理办法》开展评价，评价报告应数据准确、结论客观，按期提交。',
  };
  await seedDemoEvaluation(manager, {
    ...common,
    title: `${ZSL}2025年度部门整体支出绩效评价`,
    fiscalYear: 2025,
    fundsInScope: '3865.42',
    focus: '重点关注社区治理和民生保障项目资金的使用效益。',
    firm,
    unit: org(ZSL),
    dueInDays: {
      commission: 5,
      preparation: 20,
      fieldwork: 50,
      draft: 65,
      feedback: 75,
      review: 85,
      issue: 90,
    },
    steps: [],
  });
  await seedDemoEvaluation(manager, {
    ...common,
    title: `${NBL}2025年度部门整体支出绩效评价`,
    fiscalYear: 2025,
    fundsInScope: '2410.08',
    focus: '重点关注老旧小区改造项目的实施进度与质量。',
    firm,
    unit: org(NBL),
    dueInDays: {
      commission: -25,
      preparation: -3,
      fieldwork: 30,
      draft: 45,
      feedback: 55,
      review: 65,
      issue: 70,
    },
    steps: [
      { event: 'ACCEPT', by: lead },
      { event: 'SUBMIT_PLAN', by: lead },
      {
        event: 'RETURN_PLAN',
        by: officer,
        comment: '请补充问卷调查的样本量和抽样方法，并细化现场评价的时间安排。',
      },
    ],
    team: { lead, evaluators: [evaluator] },
    plan: true,
  });
  const zhongshan2024 = await seedDemoEvaluation(manager, {
    ...common,
    title: `${ZSL}2024年度部门整体支出绩效评价`,
    fiscalYear: 2024,
    fundsInScope: '3521.6',
    focus: '重点关注预算执行率和结转结余资金的管理。',
    firm,
    unit: org(ZSL),
    dueInDays: {
      commission: -60,
      preparation: -40,
      fieldwork: 10,
      draft: 25,
      feedback: 35,
      review: 45,
      issue: 50,
    },
    steps: [
      { event: 'ACCEPT', by: lead },
      { event: 'SUBMIT_PLAN', by: lead },
      { event: 'APPROVE_PLAN', by: officer, comment: '同意按此方案实施。' },
    ],
    team: { lead, evaluators: [evaluator] },
    plan: true,
  });
  // Request list (资料清单)
  await seedDemoRequests(manager, {
    evaluation: { bureauOrgId: bureau.id, id: zhongshan2024, firmOrgId: firm.id, unitOrgId: org(ZSL).id },
    team: lead,
    liaison: user('liaison@zsl.demo'),
  });
  // Fieldwork: fiscal figures and the scoring workbench (issue 9)
  await seedDemoFiguresAndScores(manager, {
    title: `${ZSL}2024年度部门整体支出绩效评价`,
    liaison: user('liaison@zsl.demo'),
    evaluator,
    lead,
  });
  await seedDemoEvaluation(manager, {
    ...common,
    title: `${NBL}2024年度部门整体支出绩效评价`,
    fiscalYear: 2024,
    fundsInScope: '1987.5',
    focus: '重点关注公共服务项目的满意度。',
    firm: university,
    unit: org(NBL),
    dueInDays: { commission: 3, preparation: 25, fieldwork: 55 },
    steps: [
      {
        event: 'DECLINE',
        by: user('lead@xjufe.demo'),
        comment: '本中心评价人员本月已满负荷，无法按期开展。',
      },
    ],
  });
  // Fieldwork: work papers (工作底稿) on the evaluation in fieldwork, internal to the firm
  await seedDemoWorkPapers(manager, `${ZSL}2024年度部门整体支出绩效评价`, {
    lead,
    evaluator,
    reviewer: user('admin@firm.demo'),
  });
  // The report (issue 10): 宁边路 2023 in 初稿 with two versions, 中山路 2023 with its 交换意见稿 sent
  await seedDemoReports(manager, {
    bureau,
    firm,
    zhongshan: org(ZSL),
    ningbian: org(NBL),
    officer,
    lead,
    evaluator,
    zhongshanLiaison: user('liaison@zsl.demo'),
    ningbianLiaison: user('liaison@nbl.demo'),
    zhongshanHead: user('head@zsl.demo'),
  });
  // Demo data for the whole lifecycle (issue 11): 宁边路 2022 in review, 中山路 2022 issued, 宁边路 2021 archived
  await seedDemoLifecycle(
    manager,
    {
      bureau,
      firm,
      officer,
      lead,
      evaluator,
      firmAdmin: user('admin@firm.demo'),
      archivist: user('archivist@firm.demo'),
      reviewers: [user('manager@firm.demo'), user('reviewer@firm.demo'), user('partner@firm.demo')],
    },
    { unit: org(ZSL), liaison: user('liaison@zsl.demo'), head: user('head@zsl.demo') },
    { unit: org(NBL), liaison: user('liaison@nbl.demo'), head: user('head@nbl.demo') },
  );
}
