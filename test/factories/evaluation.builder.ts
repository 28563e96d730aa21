import type { EvaluationDetail, TransitionRequest } from '@jixiao/contracts';
import type { EvaluationEventType } from '@jixiao/domain';
import type { SignedIn, TestApp } from '../support/test-app';
import type { BuiltOrganisation } from './organisation.builder';

const COMPLETE_PLAN = {
  purpose: '评价部门整体支出的经济性、效率性、效果性和公平性',
  basis: '《中华人民共和国预算法》及本级财政绩效管理办法',
  methods: '成本效益分析法、比较法、公众评判法',
  schedule: '前期准备、现场评价、撰写报告、征求意见、出具报告',
  risks: '资料不全的风险：提前下发资料清单并跟踪',
};

export interface EvaluationStage {
  evaluation: EvaluationDetail;
  officer: SignedIn;
  lead: SignedIn;
}

/**
 * Drives an evaluation through the real API to the stage a test needs:
 * `await an.evaluation().commissionedBy(bureau).withFirm(firm).forUnit(unit).inStatus('preparation.submitted').build(t)`.
 * The bureau needs a `performance_officer` and a `bureau_admin`; the firm a `team_lead` and an `evaluator`.
 */
export class EvaluationBuilder {
  private bureau?: BuiltOrganisation;
  private firm?: BuiltOrganisation;
  private unit?: BuiltOrganisation;
  private target: 'commissioned' | 'preparation.drafting' | 'preparation.submitted' | 'fieldwork' =
    'commissioned';

  commissionedBy(bureau: BuiltOrganisation): this {
    this.bureau = bureau;
    return this;
  }

  withFirm(firm: BuiltOrganisation): this {
    this.firm = firm;
    return this;
  }

  forUnit(unit: BuiltOrganisation): this {
    this.unit = unit;
    return this;
  }

  inStatus(status: EvaluationBuilder['target']): this {
    this.target = status;
    return this;
  }

  async build(t: TestApp): Promise<EvaluationStage> {
    const { bureau, firm, unit } = this;
    if (!bureau || !firm || !unit) throw new Error('An evaluation needs a bureau, a firm and a unit');
    const admin = await bureau.signIn('bureau_admin');
    const roster = await t
      .http()
      .post('/api/firm-roster')
      .set(admin.auth)
      .send({ creditCode: firm.creditCode });
    if (roster.status !== 201 && roster.status !== 409) throw new Error(`roster: ${roster.status}`);
    const officer = await bureau.signIn('performance_officer');
    const lead = await firm.signIn('team_lead');
    let evaluation = (
      await t
        .http()
        .post('/api/evaluations')
        .set(officer.auth)
        .send({
          unitId: unit.id,
          firmId: firm.id,
          fiscalYear: 2025,
          kind: 'department_overall',
          fundsInScope: '1234.5',
          focus: '重点关注预算执行与项目绩效',
          requirements: '按时提交评价方案',
          dueDates: { commission: '2099-01-10', preparation: '2099-02-01', fieldwork: '2099-03-01' },
        })
        .expect(201)
    ).body as EvaluationDetail;
    if (this.target === 'commissioned') return { evaluation, officer, lead };

    evaluation = await send(t, lead, evaluation, 'ACCEPT');
    const evaluator = await firm.signIn('evaluator');
    evaluation = (
      await t
        .http()
        .put(`/api/evaluations/${evaluation.id}/team`)
        .set(lead.auth)
        .send({
          members: [
            { userId: firm.user('team_lead').id, teamRole: 'lead', duties: '统筹' },
            { userId: firm.user('evaluator').id, teamRole: 'evaluator', duties: '核查资料' },
          ],
        })
        .expect(200)
    ).body as EvaluationDetail;
    for (const member of [lead, evaluator]) {
      await t
        .http()
        .post(`/api/evaluations/${evaluation.id}/declaration`)
        .set(member.auth)
        .send({ text: '本人与被评价单位及委托方不存在利害关系。', confirmed: true })
        .expect(200);
    }
    await t
      .http()
      .post(`/api/evaluations/${evaluation.id}/framework`)
      .set(lead.auth)
      .send({ templateId: 'builtin-zhongshan-2024' })
      .expect(200);
    evaluation = (
      await t
        .http()
        .put(`/api/evaluations/${evaluation.id}/plan`)
        .set(lead.auth)
        .send({ ...COMPLETE_PLAN, version: 0 })
        .expect(200)
    ).body as EvaluationDetail;
    if (this.target === 'preparation.drafting') return { evaluation, officer, lead };
    evaluation = await send(t, lead, evaluation, 'SUBMIT_PLAN');
    if (this.target === 'preparation.submitted') return { evaluation, officer, lead };
    evaluation = await send(t, officer, evaluation, 'APPROVE_PLAN');
    return { evaluation, officer, lead };
  }
}

export async function send(
  t: TestApp,
  who: SignedIn,
  evaluation: EvaluationDetail,
  event: EvaluationEventType,
  extra: Partial<TransitionRequest> = {},
): Promise<EvaluationDetail> {
  const response = await t
    .http()
    .post(`/api/evaluations/${evaluation.id}/transitions`)
    .set(who.auth)
    .send({ event, version: evaluation.version, ...extra });
  if (response.status !== 200)
    throw new Error(`${event}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as EvaluationDetail;
}

export { COMPLETE_PLAN };
