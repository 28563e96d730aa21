import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationDetail, EvaluationPage, ErrorResponse, TodoItem } from '@jixiao/contracts';
import { an, send, COMPLETE_PLAN, type BuiltOrganisation } from '../factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('an evaluation from commission to approved plan, by three organisations', () => {
  let t: TestApp;
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let otherFirm: BuiltOrganisation;
  let unit: BuiltOrganisation;

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    firm = await an
      .organisation('firm')
      .withUser('firm_admin')
      .withUser('team_lead')
      .withUser('evaluator')
      .build(t);
    otherFirm = await an
      .organisation('firm')
      .withUser('firm_admin')
      .withUser('team_lead', '林组长')
      .withUser('evaluator', '许评价')
      .build(t);
    unit = await an.organisation('unit').under(bureau).withUser('liaison').build(t);
  });
  afterAll(async () => t.close());

  it('commissions, is declined with a reason, re-commissioned to another firm, and runs to the approved plan', async () => {
    const admin = await bureau.signIn('bureau_admin');
    const officer = await bureau.signIn('performance_officer');
    for (const candidate of [firm, otherFirm]) {
      await t
        .http()
        .post('/api/firm-roster')
        .set(admin.auth)
        .send({ creditCode: candidate.creditCode })
        .expect(201);
    }
    const options = (await t.http().get('/api/evaluations/commission-options').set(officer.auth).expect(200))
      .body;
    expect(options.units).toEqual([{ id: unit.id, name: unit.name }]);

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
          fundsInScope: '2580.3600',
          focus: '预算执行',
          requirements: '按期完成',
          dueDates: { commission: '2099-01-05', preparation: '2099-02-01' },
        })
        .expect(201)
    ).body as EvaluationDetail;
    expect(evaluation).toMatchObject({
      status: 'commissioned',
      phase: 'commission',
      title: `${unit.name}2025年度部门整体支出绩效评价`,
      fundsInScope: '2580.36',
      currentDueDate: '2099-01-05',
      overdue: false,
      myParty: 'bureau',
      availableEvents: ['CANCEL'],
    });

    // The firm answers: a decline needs a reason.
    const firmLead = await firm.signIn('team_lead');
    const firmView = (await t.http().get(`/api/evaluations/${evaluation.id}`).set(firmLead.auth).expect(200))
      .body as EvaluationDetail;
    expect(firmView.availableEvents).toEqual(['ACCEPT', 'DECLINE']);
    const noReason = await t
      .http()
      .post(`/api/evaluations/${evaluation.id}/transitions`)
      .set(firmLead.auth)
      .send({ event: 'DECLINE', version: evaluation.version });
    expect(noReason.status).toBe(409);
    expect((noReason.body as ErrorResponse).details?.[0]).toMatchObject({
      field: 'comment',
      message: '请填写原因或意见',
    });
    evaluation = await send(t, firmLead, evaluation, 'DECLINE', { comment: '人手不足，无法按期完成' });
    expect(evaluation.status).toBe('declined');

    // The bureau chooses another firm; the first firm no longer sees the evaluation.
    evaluation = await send(t, officer, evaluation, 'REASSIGN_FIRM', { firmId: otherFirm.id });
    expect(evaluation).toMatchObject({
      status: 'commissioned',
      firm: { id: otherFirm.id, name: otherFirm.name },
    });
    await t.http().get(`/api/evaluations/${evaluation.id}`).set(firmLead.auth).expect(404);

    const lead = await otherFirm.signIn('team_lead');
    const evaluator = await otherFirm.signIn('evaluator');
    expect(
      ((await t.http().get('/api/evaluations/todo').set(lead.auth).expect(200)).body as TodoItem[])[0],
    ).toMatchObject({ evaluationId: evaluation.id, action: 'ACCEPT' });
    evaluation = await send(t, lead, evaluation, 'ACCEPT');
    expect(evaluation.status).toBe('preparation.drafting');

    // Nothing can be submitted before the team, the declarations, the indicator system and the plan exist.
    const early = await t
      .http()
      .post(`/api/evaluations/${evaluation.id}/transitions`)
      .set(lead.auth)
      .send({ event: 'SUBMIT_PLAN', version: evaluation.version });
    expect(early.status).toBe(403);
    expect((early.body as ErrorResponse).code).toBe('EVALUATION_ACTION_FORBIDDEN');

    evaluation = (
      await t
        .http()
        .put(`/api/evaluations/${evaluation.id}/team`)
        .set(lead.auth)
        .send({
          members: [
            { userId: otherFirm.user('team_lead').id, teamRole: 'lead', duties: '统筹协调' },
            { userId: otherFirm.user('evaluator').id, teamRole: 'evaluator', duties: '资料核查' },
          ],
        })
        .expect(200)
    ).body as EvaluationDetail;
    expect(evaluation.team.map((member) => member.displayName)).toEqual(['林组长', '许评价']);
    expect(evaluation.planBlockers).toEqual(['declarations_missing', 'framework_missing', 'plan_incomplete']);

    // Work before the declaration is refused with the reason.
    const undeclared = await t
      .http()
      .put(`/api/evaluations/${evaluation.id}/plan`)
      .set(evaluator.auth)
      .send({ ...COMPLETE_PLAN, version: 0 });
    expect(undeclared.status).toBe(409);
    expect((undeclared.body as ErrorResponse).details?.[0]?.message).toBe('请先签署回避声明');

    for (const member of [lead, evaluator]) {
      await t
        .http()
        .post(`/api/evaluations/${evaluation.id}/declaration`)
        .set(member.auth)
        .send({ text: '本人与被评价单位不存在利害关系。', confirmed: true })
        .expect(200);
    }
    const adopted = (
      await t
        .http()
        .post(`/api/evaluations/${evaluation.id}/framework`)
        .set(evaluator.auth)
        .send({ templateId: 'builtin-zhongshan-2024' })
        .expect(200)
    ).body as EvaluationDetail;
    expect(adopted.framework).toMatchObject({
      sourceTemplateId: 'builtin-zhongshan-2024',
      sourceVersion: 1,
      version: 1,
    });
    evaluation = (
      await t
        .http()
        .put(`/api/evaluations/${evaluation.id}/plan`)
        .set(evaluator.auth)
        .send({ ...COMPLETE_PLAN, version: 0 })
        .expect(200)
    ).body as EvaluationDetail;
    expect(evaluation.planBlockers).toEqual([]);
    // The evaluator wrote it; only the lead submits.
    expect(evaluation.availableEvents).toEqual([]);
    const leadView = (await t.http().get(`/api/evaluations/${evaluation.id}`).set(lead.auth).expect(200))
      .body as EvaluationDetail;
    expect(leadView.availableEvents).toEqual(['SUBMIT_PLAN']);

    // The unit does not see the draft plan; after submission it does.
    const liaison = await unit.signIn('liaison');
    expect(
      (
        (await t.http().get(`/api/evaluations/${evaluation.id}`).set(liaison.auth).expect(200))
          .body as EvaluationDetail
      ).plan,
    ).toBeNull();
    evaluation = await send(t, lead, evaluation, 'SUBMIT_PLAN');
    expect(
      (
        (await t.http().get(`/api/evaluations/${evaluation.id}`).set(liaison.auth).expect(200))
          .body as EvaluationDetail
      ).plan?.purpose,
    ).toBe(COMPLETE_PLAN.purpose);

    // Returned with comments, revised, resubmitted, approved.
    evaluation = await send(t, officer, evaluation, 'RETURN_PLAN', { comment: '请补充问卷调查的样本量' });
    expect(evaluation.status).toBe('preparation.returned');
    evaluation = (
      await t
        .http()
        .put(`/api/evaluations/${evaluation.id}/plan`)
        .set(lead.auth)
        .send({
          ...COMPLETE_PLAN,
          methods: `${COMPLETE_PLAN.methods}；问卷样本量不少于 200 份`,
          version: evaluation.plan?.version ?? 0,
        })
        .expect(200)
    ).body as EvaluationDetail;
    evaluation = await send(t, lead, evaluation, 'SUBMIT_PLAN');
    const officerView = (
      await t.http().get(`/api/evaluations/${evaluation.id}`).set(officer.auth).expect(200)
    ).body as EvaluationDetail;
    expect(officerView.availableEvents).toEqual(['CANCEL', 'RETURN_PLAN', 'APPROVE_PLAN']);
    evaluation = await send(t, officer, evaluation, 'APPROVE_PLAN');
    expect(evaluation).toMatchObject({ status: 'fieldwork', phase: 'fieldwork' });

    expect(evaluation.history.map((entry) => [entry.event, entry.from, entry.to])).toEqual([
      ['COMMISSION', null, 'commissioned'],
      ['DECLINE', 'commissioned', 'declined'],
      ['REASSIGN_FIRM', 'declined', 'commissioned'],
      ['ACCEPT', 'commissioned', 'preparation.drafting'],
      ['SUBMIT_PLAN', 'preparation.drafting', 'preparation.submitted'],
      ['RETURN_PLAN', 'preparation.submitted', 'preparation.returned'],
      ['SUBMIT_PLAN', 'preparation.returned', 'preparation.submitted'],
      ['APPROVE_PLAN', 'preparation.submitted', 'fieldwork'],
    ]);
    expect(evaluation.history[5]).toMatchObject({
      comment: '请补充问卷调查的样本量',
      actorOrganisationName: bureau.name,
    });

    // The bureau's list finds it by phase and search; the unit's list too.
    const page = (
      await t
        .http()
        .get('/api/evaluations')
        .query({ phase: 'fieldwork', q: unit.name.slice(-6) })
        .set(officer.auth)
        .expect(200)
    ).body as EvaluationPage;
    expect(page.items.map((item) => item.id)).toEqual([evaluation.id]);
    const unitPage = (await t.http().get('/api/evaluations').set(liaison.auth).expect(200))
      .body as EvaluationPage;
    expect(unitPage.items.map((item) => item.id)).toContain(evaluation.id);
  }, 120_000);

  it('refuses a stale version and a repeated request replays the first answer', async () => {
    const { evaluation, lead } = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .build(t);
    const stale = await t
      .http()
      .post(`/api/evaluations/${evaluation.id}/transitions`)
      .set(lead.auth)
      .send({ event: 'ACCEPT', version: evaluation.version + 5 });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorResponse).code).toBe('CONFLICT');

    const key = crypto.randomUUID();
    const attempts = await Promise.all(
      Array.from({ length: 5 }, () =>
        t
          .http()
          .post(`/api/evaluations/${evaluation.id}/transitions`)
          .set(lead.auth)
          .set('Idempotency-Key', key)
          .send({ event: 'ACCEPT', version: evaluation.version }),
      ),
    );
    expect(attempts.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(attempts.map((response) => (response.body as EvaluationDetail).version))).toEqual(
      new Set([2]),
    );
    const reused = await t
      .http()
      .post(`/api/evaluations/${evaluation.id}/transitions`)
      .set(lead.auth)
      .set('Idempotency-Key', key)
      .send({ event: 'DECLINE', version: 2, comment: '改主意' });
    expect(reused.status).toBe(422);
    expect((reused.body as ErrorResponse).code).toBe('IDEMPOTENCY_KEY_REUSED');
    const after = (await t.http().get(`/api/evaluations/${evaluation.id}`).set(lead.auth).expect(200))
      .body as EvaluationDetail;
    expect(after.history.filter((entry) => entry.event === 'ACCEPT')).toHaveLength(1);
  });

  it('refuses a team member who is not a user of the firm', async () => {
    const { evaluation, lead } = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .build(t);
    const accepted = await send(t, lead, evaluation, 'ACCEPT');
    const response = await t
      .http()
      .put(`/api/evaluations/${accepted.id}/team`)
      .set(lead.auth)
      .send({
        members: [
          { userId: firm.user('team_lead').id, teamRole: 'lead', duties: '' },
          { userId: unit.user('liaison').id, teamRole: 'evaluator', duties: '' },
          { userId: bureau.user('performance_officer').id, teamRole: 'evaluator', duties: '' },
        ],
      });
    expect(response.status).toBe(400);
    expect((response.body as ErrorResponse).details?.map((detail) => detail.field)).toEqual([
      'members.1.userId',
      'members.2.userId',
    ]);
  });
});
