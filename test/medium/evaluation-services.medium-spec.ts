import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvaluationsService, EvaluationTransitions } from '@jixiao/api-evaluations';
import { AppError } from '@jixiao/api-platform';
import type { EvaluationDetail } from '@jixiao/contracts';
import { an, type BuiltOrganisation } from '../factories';
import { startServiceContext, type ServiceContext } from '../support/service-context';
import { withClient } from '../support/test-database';

describe('evaluation services on PostgreSQL, without HTTP', () => {
  let s: ServiceContext;
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let otherFirm: BuiltOrganisation;
  let unit: BuiltOrganisation;
  let evaluations: EvaluationsService;
  let transitions: EvaluationTransitions;

  beforeAll(async () => {
    s = await startServiceContext();
    bureau = await an.organisation('bureau').withUser('performance_officer').build(s);
    firm = await an.organisation('firm').withUser('team_lead').build(s);
    otherFirm = await an.organisation('firm').withUser('team_lead').build(s);
    unit = await an.organisation('unit').under(bureau).withUser('liaison').build(s);
    await withClient(s.databaseUrl, (client) =>
      client.query(
        `INSERT INTO firm_roster (bureau_org_id, firm_org_id, firm_name, firm_region, firm_credit_code, added_by)
         VALUES ($1, $2, $3, '测试地区', $4, $5)`,
        [bureau.id, firm.id, firm.name, firm.creditCode, bureau.user('performance_officer').id],
      ),
    );
    evaluations = s.app.get(EvaluationsService);
    transitions = s.app.get(EvaluationTransitions);
  }, 120_000);
  afterAll(async () => s.close());

  const officer = () => bureau.user('performance_officer');
  const commission = () =>
    s.as(bureau, officer(), () =>
      evaluations.commission({
        unitId: unit.id,
        firmId: firm.id,
        fiscalYear: 2025,
        kind: 'department_overall',
        fundsInScope: '100',
        focus: '',
        requirements: '',
        dueDates: {},
      }),
    );

  it('commissions and accepts through the services, with the history written in the same transaction', async () => {
    const created = await commission();
    const accepted = await s.as(firm, firm.user('team_lead'), () =>
      transitions.apply(created.id, { event: 'ACCEPT', version: created.version }),
    );
    expect(accepted).toMatchObject({ status: 'preparation.drafting', version: 2, myParty: 'firm' });
    expect(accepted.history.map((entry) => entry.event)).toEqual(['COMMISSION', 'ACCEPT']);
  });

  it.each([
    ['a firm outside the evaluation', () => otherFirm, () => otherFirm.user('team_lead'), 'NOT_FOUND', 404],
    ['the unit', () => unit, () => unit.user('liaison'), 'EVALUATION_ACTION_FORBIDDEN', 403],
  ] as const)('refuses ACCEPT by %s', async (_who, organisation, user, code, status) => {
    const created = await commission();
    const attempt = s.as(organisation(), user(), () =>
      transitions.apply(created.id, { event: 'ACCEPT', version: created.version }),
    );
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code, status });
  });

  it('rolls the whole transition back when it fails: no state, no history, no audit entry', async () => {
    const created = await commission();
    const stale = s.as(firm, firm.user('team_lead'), () =>
      transitions.apply(created.id, { event: 'ACCEPT', version: created.version + 1 }),
    );
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', status: 409 });
    const after: EvaluationDetail = await s.as(bureau, officer(), () => evaluations.get(created.id));
    expect(after).toMatchObject({ status: 'commissioned', version: 1 });
    expect(after.history).toHaveLength(1);
  });
});
