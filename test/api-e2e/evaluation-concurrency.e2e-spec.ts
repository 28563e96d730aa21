import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationDetail } from '@jixiao/contracts';
import { an, send, type BuiltOrganisation } from '../factories';
import type { SignedIn, TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

describe('parallel conflicting events on one evaluation', () => {
  let t: TestApp;
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let unit: BuiltOrganisation;

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    firm = await an.organisation('firm').withUser('team_lead').withUser('evaluator').build(t);
    unit = await an.organisation('unit').under(bureau).withUser('liaison').build(t);
  }, 120_000);
  afterAll(async () => t.close());

  function transition(who: SignedIn, evaluation: EvaluationDetail, event: string, comment?: string) {
    return t
      .http()
      .post(`/api/evaluations/${evaluation.id}/transitions`)
      .set(who.auth)
      .send({ event, version: evaluation.version, comment });
  }

  async function history(who: SignedIn, id: string): Promise<EvaluationDetail> {
    return (await t.http().get(`/api/evaluations/${id}`).set(who.auth).expect(200)).body as EvaluationDetail;
  }

  it('applies exactly one of 20 parallel returns, 100 times over, and the history never forks', async () => {
    const stage = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .inStatus('preparation.submitted')
      .build(t);
    let evaluation = stage.evaluation;
    for (let round = 0; round < 100; round += 1) {
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          transition(stage.officer, evaluation, 'RETURN_PLAN', `第 ${round} 轮意见 ${i}`),
        ),
      );
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status !== 200 && status !== 409)).toEqual([]);
      const winner = responses.find((response) => response.status === 200)?.body as EvaluationDetail;
      evaluation = await send(t, stage.lead, winner, 'SUBMIT_PLAN');
    }
    const final = await history(stage.officer, evaluation.id);
    expect(final.history.map((entry) => entry.seq)).toEqual(
      Array.from({ length: final.version }, (_, i) => i + 1),
    );
    expect(final.history.filter((entry) => entry.event === 'RETURN_PLAN')).toHaveLength(100);
  }, 600_000);

  it('lets approve or return win, never both, when they race', async () => {
    for (let round = 0; round < 4; round += 1) {
      const { evaluation, officer } = await an
        .evaluation()
        .commissionedBy(bureau)
        .withFirm(firm)
        .forUnit(unit)
        .inStatus('preparation.submitted')
        .build(t);
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          i % 2 === 0
            ? transition(officer, evaluation, 'APPROVE_PLAN')
            : transition(officer, evaluation, 'RETURN_PLAN', '退回'),
        ),
      );
      expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
      const after = await history(officer, evaluation.id);
      expect(
        after.history.filter((entry) => entry.event === 'APPROVE_PLAN' || entry.event === 'RETURN_PLAN'),
      ).toHaveLength(1);
      expect(['fieldwork', 'preparation.returned']).toContain(after.status);
    }
  }, 600_000);
});
