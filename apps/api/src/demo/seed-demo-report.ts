import { INDICATOR_ANCHOR } from '@jixiao/domain';
import type { EntityManager } from 'typeorm';
// Feedback (征求意见, issue 11): the unit's form on 中山路 2023, partly filled
import { writeDemoFeedback } from './demo-feedback-rows';
import { writeDemoReport } from './demo-report-rows';
import { seedDemoEvaluation, type DemoActor } from './seed-demo-evaluations';

export { DEMO_REPORT_SCORE_CHANGE } from './demo-report-rows';

type Party = { id: string; name: string };

/** 宁边路 2023: fieldwork closed, the report in 初稿 with two saved versions (preview, versions list, diff). */
export const DEMO_DRAFT_REPORT_TITLE = '昌吉市人民政府宁边路街道办事处2023年度部门整体支出绩效评价';
/** 中山路 2023: the 交换意见稿 sent to the unit for its opinions (征求意见). */
export const DEMO_FEEDBACK_REPORT_TITLE = '昌吉市人民政府中山路街道办事处2023年度部门整体支出绩效评价';

export interface DemoReportParties {
  bureau: Party;
  firm: Party;
  zhongshan: Party;
  ningbian: Party;
  officer: DemoActor;
  lead: DemoActor;
  evaluator: DemoActor;
  zhongshanLiaison: DemoActor;
  ningbianLiaison: DemoActor;
  // Feedback (征求意见, issue 11): who signs 中山路 2023's form
  zhongshanHead: DemoActor;
}

/** The work so far, with realistic gaps: commissioned, plan approved, weeks of fieldwork, then the report. */
const FIELDWORK_DONE = (lead: DemoActor, officer: DemoActor, offset: number) => [
  { event: 'ACCEPT' as const, by: lead, daysAgo: offset + 55 },
  { event: 'SUBMIT_PLAN' as const, by: lead, daysAgo: offset + 51 },
  { event: 'APPROVE_PLAN' as const, by: officer, comment: '同意按此方案实施。', daysAgo: offset + 47 },
  { event: 'CLOSE_FIELDWORK' as const, by: lead, daysAgo: offset + 20 },
];

/**
 * Two evaluations past fieldwork, written like the others by replaying their history through the
 * machine: 宁边路 2023 in 初稿 (draft) with versions 1 and 2, 中山路 2023 with its 交换意见稿 sent for
 * feedback (the version passes the consistency gate, as SEND_FOR_FEEDBACK requires).
 */
export async function seedDemoReports(manager: EntityManager, parties: DemoReportParties): Promise<void> {
  const { bureau, firm, officer, lead, evaluator } = parties;
  const common = {
    bureau,
    firm,
    commissionedBy: officer,
    fiscalYear: 2023,
    requirements: '按照《项目支出绩效评价管理办法》开展评价，评价报告应数据准确、结论客观，按期提交。',
    team: { lead, evaluators: [evaluator] },
    plan: true,
  };

  const draftId = await seedDemoEvaluation(manager, {
    ...common,
    title: DEMO_DRAFT_REPORT_TITLE,
    fundsInScope: '4184.69',
    focus: '重点关注预算调整和项目库管理。',
    unit: parties.ningbian,
    commissionedDaysAgo: 58,
    dueInDays: {
      commission: -55,
      preparation: -47,
      fieldwork: -20,
      draft: 10,
      feedback: 20,
      review: 30,
      issue: 35,
    },
    steps: FIELDWORK_DONE(lead, officer, 0),
    facts: { fieldworkBlockers: [] },
  });
  await writeDemoReport(
    manager,
    {
      ...common,
      id: draftId,
      title: DEMO_DRAFT_REPORT_TITLE,
      fundsInScope: '4184.69',
      unit: parties.ningbian,
    },
    { liaison: parties.ningbianLiaison, evaluator, lead },
    [
      { stage: 'draft', daysAgo: 12, revised: false, livelihoodScore: '6' },
      { stage: 'draft', daysAgo: 3, revised: true, livelihoodScore: '7' },
    ],
  );

  const feedbackId = await seedDemoEvaluation(manager, {
    ...common,
    title: DEMO_FEEDBACK_REPORT_TITLE,
    fundsInScope: '4184.69',
    focus: '重点关注预算执行率和政府绩效目标的落实。',
    unit: parties.zhongshan,
    commissionedDaysAgo: 98,
    dueInDays: {
      commission: -95,
      preparation: -87,
      fieldwork: -60,
      draft: -45,
      feedback: 5,
      review: 15,
      issue: 20,
    },
    // Feedback (issue 11): sent four days ago, so the unit's form (due ten days after sending) is open
    steps: [...FIELDWORK_DONE(lead, officer, 40), { event: 'SEND_FOR_FEEDBACK', by: lead, daysAgo: 4 }],
    facts: { fieldworkBlockers: [], draftReady: true, reportBlockers: [] },
  });
  const [, sent] = await writeDemoReport(
    manager,
    {
      ...common,
      id: feedbackId,
      title: DEMO_FEEDBACK_REPORT_TITLE,
      fundsInScope: '4184.69',
      unit: parties.zhongshan,
    },
    { liaison: parties.zhongshanLiaison, evaluator, lead },
    [
      { stage: 'draft', daysAgo: 50, revised: false, livelihoodScore: '6' },
      { stage: 'for_feedback', daysAgo: 5, revised: true, livelihoodScore: '7' },
    ],
  );
  // Feedback (征求意见, issue 11): the form the firm opened on sending, the liaison's part filled with
  // one opinion, not signed yet — 签署征求意见表 waits in head@zsl.demo's 待办.
  if (!sent) throw new Error('Demo report: the 交换意见稿 of 中山路 2023 missing');
  await writeDemoFeedback(
    manager,
    {
      key: {
        bureauOrgId: bureau.id,
        evaluationId: feedbackId,
        firmOrgId: firm.id,
        unitOrgId: parties.zhongshan.id,
      },
      fiscalYear: 2023,
      sent,
      acceptedDaysAgo: 95,
      sentDaysAgo: 4,
      lead,
    },
    { liaison: parties.zhongshanLiaison, filledDaysAgo: 2 },
    [
      {
        by: parties.zhongshanLiaison,
        anchor: INDICATOR_ANCHOR('1.2.2'),
        text: '项目库管理和新增项目事前绩效评估情况已在部门预算公开说明第三部分中列示，请核实后调整扣分。',
        daysAgo: 2,
      },
    ],
  );
}
