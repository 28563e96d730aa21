import { describe, expect, it } from 'vitest';
import { evaluate } from '../scoring';
import { ZHONGSHAN_2024_FIXTURE as fixture } from '../scoring/builtin/zhongshan-2024.fixture';
import { ZHONGSHAN_2024_FRAMEWORK as framework } from '../scoring/builtin/zhongshan-2024.framework';
import { reportDocumentOf } from '../report/report-document-of';
import { reportModelOf } from '../report/report-model-of';
import type { DocumentTable } from '../report/report-document';
import type { ReportModel } from '../report/report-model';
import { changeSummary, feedbackChangeCandidates } from './feedback-changes';
import {
  anchorLabel,
  feedbackFormStatus,
  feedbackPending,
  opinionAnchors,
  periodOf,
  unansweredOpinions,
  type FeedbackForm,
  type FeedbackOpinion,
} from './feedback-form';
import { answerProblems, contactProblems, opinionProblems, signProblems } from './feedback-validation';
import { NO_FACTS } from '../evaluation/evaluation-actor';
import type { EvaluationStatus } from '../evaluation/evaluation-status';
import type { Role } from '../organisation/roles';
import { workRefusal, type WorkAction } from '../evaluation/work-actions';

const facts = {
  evaluationTitle: '中山路街道2024年度部门整体支出绩效评价',
  unitName: '中山路街道办事处',
  bureauName: '昌吉市财政局',
  firmName: '新疆大学',
  fiscalYear: 2024,
  reportDate: '2025-07-15',
  fundsInScope: null,
  history: [],
};
const judgements = Object.fromEntries(
  ['2.4.1', '4.1.1', '4.2.1'].flatMap((id) => (fixture.overrides[id] ? [[id, fixture.overrides[id]]] : [])),
);
const ruled = evaluate(framework, fixture.figures, fixture.observations, judgements);
const reported = evaluate(framework, fixture.figures, fixture.observations, fixture.overrides);
const sent = reportModelOf({ framework, result: ruled, figures: fixture.figures, writings: [], facts });
const revised = reportModelOf({
  framework,
  result: reported,
  figures: fixture.figures,
  writings: [],
  facts,
  narrative: { ...sent.narrative, slots: { abstract: '综合得分{{total}}分。' } },
});

const form: FeedbackForm = {
  evaluationTitle: facts.evaluationTitle,
  period: periodOf(2024),
  evaluationDates: '2025年3月—2025年7月',
  firmName: '新疆大学',
  firmContact: '陈立',
  firmPhone: '0994-1234567',
  unitName: '中山路街道办事处',
  unitContact: '古丽',
  unitPhone: '0994-7654321',
  noOpinion: false,
  filledOn: '2025-06-20',
  signedByName: '王主任',
  signedAt: '2025-06-21T03:00:00.000Z',
  dueDate: '2025-06-30',
};

function table(model: ReportModel, anchor: string): DocumentTable {
  const found = reportDocumentOf(model)
    .sections.flatMap((section) => section.blocks)
    .find((block): block is DocumentTable => block.kind === 'table' && block.anchor === anchor);
  if (!found) throw new Error(`no table ${anchor}`);
  return found;
}

describe('the feedback form (征求意见, 附件2)', () => {
  const anchors = new Set(opinionAnchors(sent).map((entry) => entry.anchor));

  it('offers the outline’s sections, the level-1 families and every indicator as anchors', () => {
    expect(anchors.has('slot:abstract')).toBe(true);
    expect(anchors.has('slot:overview.functions')).toBe(true);
    expect(anchors.has('slot:analysis.1')).toBe(true);
    expect(anchors.has('indicator:1.1.1.2')).toBe(true);
    expect(anchors.has('indicator:9.9')).toBe(false);
    expect(anchorLabel('slot:overview.functions', sent)).toBe('一、部门概况 （一）部门主要职能');
    expect(anchorLabel('indicator:1.1.1.2', sent)).toBe('1.1.1.2 资金调整、调剂规范性');
  });

  it('checks an opinion: a known anchor and a text within its limit', () => {
    expect(opinionProblems({ anchor: 'indicator:1.1.1.2', text: '建议复核预算调整率' }, anchors)).toEqual([]);
    expect(opinionProblems({ anchor: 'slot:nowhere', text: '  ' }, anchors)).toEqual([
      { field: 'anchor', code: 'feedback.anchor_unknown' },
      { field: 'text', code: 'feedback.text_required' },
    ]);
    expect(opinionProblems({ anchor: 'slot:abstract', text: '字'.repeat(4001) }, anchors)).toEqual([
      { field: 'text', code: 'feedback.text_too_long' },
    ]);
  });

  it('lets the head sign only with contacts and either opinions or 无意见', () => {
    const complete = { unitContact: '古丽', unitPhone: '0994-7654321', noOpinion: false, unitOpinions: 2 };
    expect(signProblems(complete)).toEqual([]);
    expect(signProblems({ ...complete, noOpinion: true, unitOpinions: 0 })).toEqual([]);
    expect(signProblems({ unitContact: ' ', unitPhone: '', noOpinion: false, unitOpinions: 0 })).toEqual([
      { field: 'unitContact', code: 'feedback.contact_required' },
      { field: 'unitPhone', code: 'feedback.phone_required' },
      { field: 'opinions', code: 'feedback.opinions_or_none' },
    ]);
    expect(signProblems({ ...complete, noOpinion: true })).toEqual([
      { field: 'noOpinion', code: 'feedback.no_opinion_with_opinions' },
    ]);
    expect(contactProblems({ unitContact: '古丽', unitPhone: 'abc' })).toEqual([
      { field: 'unitPhone', code: 'feedback.phone_invalid' },
    ]);
  });

  it('lists the score and text changes since the 交换意见稿 with stable keys', () => {
    const changes = feedbackChangeCandidates(sent, revised);
    expect(changes[0]).toEqual({
      kind: 'score',
      key: 'score:total',
      id: 'total',
      name: '综合得分',
      before: '93.35',
      after: '95.4',
    });
    const text = changes.find((change) => change.kind === 'text' && change.place === '摘要');
    expect(text).toMatchObject({ key: 'text:摘要#0', after: '综合得分95.4分。' });
    expect(feedbackChangeCandidates(sent, revised)).toEqual(changes);
    expect(feedbackChangeCandidates(sent, sent)).toEqual([]);
    const [first] = changes;
    if (!first) throw new Error('no change');
    expect(changeSummary(first)).toBe('total 综合得分：93.35 → 95.4');
  });

  it('requires a reason always, and linked changes exactly when the opinion is adopted', () => {
    const candidates = feedbackChangeCandidates(sent, revised);
    expect(
      answerProblems({ decision: 'adopted', reason: '已修改', changeKeys: ['score:total'] }, candidates),
    ).toEqual([]);
    expect(answerProblems({ decision: 'rejected', reason: '依据充分', changeKeys: [] }, candidates)).toEqual(
      [],
    );
    expect(answerProblems({ decision: 'partly_adopted', reason: '', changeKeys: [] }, candidates)).toEqual([
      { field: 'reason', code: 'feedback.reason_required' },
      { field: 'changes', code: 'feedback.changes_required' },
    ]);
    expect(
      answerProblems({ decision: 'rejected', reason: '理由', changeKeys: ['score:nope'] }, candidates),
    ).toEqual([
      { field: 'changes', code: 'feedback.changes_on_rejected' },
      { field: 'changes[0]', code: 'feedback.change_unknown' },
    ]);
  });

  it('counts unanswered opinions and knows when the firm must still wait for the unit', () => {
    const answer = {
      decision: 'rejected' as const,
      reason: 'r',
      changes: [],
      answeredByName: 'x',
      answeredAt: 't',
    };
    expect(unansweredOpinions([{ answer: null }, { answer }, { answer: null }])).toBe(2);
    const unsigned = { signedAt: null, dueDate: '2025-06-30' };
    expect(feedbackFormStatus(unsigned, '2025-06-30')).toBe('filling');
    expect(feedbackPending(unsigned, '2025-06-30')).toBe(true);
    expect(feedbackFormStatus(unsigned, '2025-07-01')).toBe('overdue');
    expect(feedbackPending(unsigned, '2025-07-01')).toBe(false);
    expect(feedbackFormStatus({ ...unsigned, signedAt: '2025-06-21T00:00:00Z' }, '2025-07-01')).toBe(
      'signed',
    );
  });

  it('prints the empty form without a feedback round, and the filled form with the answers once there is one', () => {
    expect(table(sent, 'table:feedback').rows[3]?.map((cell) => cell.text)).toEqual([
      '主管部门意见',
      '（交换意见时填写）',
    ]);
    const opinions: FeedbackOpinion[] = [
      {
        id: 'a',
        author: 'unit',
        anchor: 'indicator:1.1.1.2',
        text: '预算调整系上级追加，建议不扣分',
        answer: {
          decision: 'adopted',
          reason: '经核实采纳',
          changes: feedbackChangeCandidates(sent, revised).slice(0, 1),
          answeredByName: '陈立',
          answeredAt: '2025-06-25T00:00:00Z',
        },
      },
      { id: 'b', author: 'bureau', anchor: 'slot:abstract', text: '摘要请补充资金规模', answer: null },
    ];
    const model: ReportModel = { ...revised, feedback: { form, status: 'signed', opinions } };
    const filled = table(model, 'table:feedback').rows.map((row) => row.map((cell) => cell.text));
    expect(filled).toEqual([
      ['评价项目名称', facts.evaluationTitle],
      ['评价时间范围', '2024年1月1日至2024年12月31日'],
      ['绩效评价时间', '2025年3月—2025年7月'],
      ['评价机构', '新疆大学　联系人：陈立　电话：0994-1234567'],
      ['被评价单位', '中山路街道办事处　联系人：古丽　电话：0994-7654321'],
      ['主管部门意见', '1. 【1.1.1.2 资金调整、调剂规范性】预算调整系上级追加，建议不扣分'],
      ['签章确认', '王主任（签章） 2025年6月21日'],
      ['填表时间', '2025年6月20日'],
    ]);
    const answers = table(model, 'table:feedback_answers').rows.map((row) => row.map((cell) => cell.text));
    expect(answers).toEqual([
      [
        '1',
        '被评价单位',
        '1.1.1.2 资金调整、调剂规范性',
        '预算调整系上级追加，建议不扣分',
        '采纳',
        '经核实采纳\ntotal 综合得分：93.35 → 95.4',
      ],
      ['2', '委托单位', '摘要', '摘要请补充资金规模', '未答复', ''],
    ]);
    const none = {
      ...model,
      feedback: { form: { ...form, noOpinion: true }, status: 'signed' as const, opinions: [] },
    };
    expect(table(none, 'table:feedback').rows[5]?.[1]?.text).toBe('无意见');
    const late = {
      ...model,
      feedback: {
        form: { ...form, signedAt: null, signedByName: null },
        status: 'overdue' as const,
        opinions: [],
      },
    };
    expect(table(late, 'table:feedback').rows[5]?.[1]?.text).toBe('逾期未反馈');
  });
});

describe('who does what in feedback (WORK_RULES)', () => {
  const parties = { bureauOrgId: 'bureau', firmOrgId: 'firm', unitOrgId: 'unit' };
  const situation = (organisationId: string, roles: Role[], status: EvaluationStatus = 'feedback') => ({
    status,
    parties,
    actor: { userId: 'u', organisationId, roles },
    facts: { ...NO_FACTS, actorIsTeamMember: true, actorHasDeclared: true },
  });
  it.each<[WorkAction, string, Role[], string | null]>([
    ['fill_feedback', 'unit', ['liaison'], null],
    ['fill_feedback', 'unit', ['head'], null],
    ['fill_feedback', 'bureau', ['performance_officer'], 'wrong_party'],
    ['sign_feedback', 'unit', ['head'], null],
    ['sign_feedback', 'unit', ['liaison'], 'wrong_role'],
    ['sign_feedback', 'unit', ['unit_admin'], 'wrong_role'],
    ['add_bureau_opinions', 'bureau', ['performance_officer'], null],
    ['add_bureau_opinions', 'unit', ['head'], 'wrong_party'],
    ['answer_feedback', 'firm', ['evaluator'], null],
    ['answer_feedback', 'unit', ['head'], 'wrong_party'],
  ])('%s by the %s as %j → %s', (action, organisationId, roles, refusal) => {
    expect(workRefusal(action, situation(organisationId, roles))).toBe(refusal);
  });
  it('only while the evaluation is in feedback', () => {
    expect(workRefusal('sign_feedback', situation('unit', ['head'], 'final_draft'))).toBe('wrong_phase');
    expect(workRefusal('answer_feedback', situation('firm', ['evaluator'], 'draft'))).toBe('wrong_phase');
  });
});
