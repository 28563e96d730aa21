import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationDetail, EvaluationPage, TodoItem } from '@jixiao/contracts';
import { an, type BuiltOrganisation } from '../factories';
import { connectRuntimeRole, type RuntimeRole } from '../support/runtime-role';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

const PARTY_TABLES = [
  'evaluation',
  'evaluation_history',
  'evaluation_member',
  'evaluation_plan',
  'evaluation_framework',
  'evaluation_file',
] as const;

describe('an evaluation is visible to exactly its three parties', () => {
  let t: TestApp;
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let unit: BuiltOrganisation;
  let outsiders: BuiltOrganisation[];
  let evaluation: EvaluationDetail;

  let runtime: RuntimeRole;
  const asOrganisation = <T>(organisationId: string, sql: string, params: unknown[] = []) =>
    runtime.query<T>({ organisationId }, sql, params);

  async function visibleRows(organisationId: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of PARTY_TABLES) {
      const column = table === 'evaluation' ? 'id' : 'evaluation_id';
      const [row] = await asOrganisation<{ count: string }>(
        organisationId,
        `SELECT count(*) FROM ${table} WHERE ${column} = $1`,
        [evaluation.id],
      );
      counts[table] = Number(row?.count);
    }
    return counts;
  }

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    firm = await an.organisation('firm').withUser('team_lead').withUser('evaluator').build(t);
    unit = await an.organisation('unit').under(bureau).withUser('liaison').build(t);
    const otherBureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    outsiders = [
      otherBureau,
      await an.organisation('firm').withUser('firm_admin').withUser('team_lead').build(t),
      await an.organisation('unit').under(otherBureau).withUser('unit_admin').withUser('liaison').build(t),
    ];
    ({ evaluation } = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .inStatus('preparation.submitted')
      .build(t));
    // A file internal to the firm (e.g. a working note), written as the firm.
    await withClient(t.databaseUrl, async (client) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [firm.id]);
      await client.query(
        `INSERT INTO evaluation_file (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, owner_org_id, visibility,
                                      purpose, storage_key, original_name, media_type, size, sha256, uploaded_by, uploaded_by_name)
         VALUES ($1, $2, $3, $4, $3, 'internal', 'plan_attachment', $5, 'internal.pdf', 'application/pdf', 1, repeat('0', 64), $6, 'x')`,
        [
          bureau.id,
          evaluation.id,
          firm.id,
          unit.id,
          `test/${evaluation.id}/internal`,
          firm.user('team_lead').id,
        ],
      );
      await client.query('COMMIT');
    });
    runtime = await connectRuntimeRole(t.databaseUrl);
  }, 120_000);
  afterAll(async () => {
    await runtime.client.end();
    await t.close();
  });

  it('shows the parties their rows at the SQL level, and the firm alone its internal file', async () => {
    const shared = {
      evaluation: 1,
      evaluation_history: 3,
      evaluation_member: 2,
      evaluation_plan: 1,
      evaluation_framework: 1,
    };
    expect(await visibleRows(firm.id)).toEqual({ ...shared, evaluation_file: 1 });
    expect(await visibleRows(bureau.id)).toEqual({ ...shared, evaluation_file: 0 });
    expect(await visibleRows(unit.id)).toEqual({ ...shared, evaluation_file: 0 });
  });

  it('shows outsiders nothing at the SQL level, and lets them change and add nothing', async () => {
    for (const outsider of outsiders) {
      expect(Object.values(await visibleRows(outsider.id))).toEqual([0, 0, 0, 0, 0, 0]);
      expect(
        await asOrganisation(outsider.id, `UPDATE evaluation SET title = 'x' WHERE id = $1 RETURNING id`, [
          evaluation.id,
        ]),
      ).toEqual([]);
      await expect(
        asOrganisation(
          outsider.id,
          `INSERT INTO evaluation_history (bureau_org_id, evaluation_id, seq, firm_org_id, unit_org_id, actor_user_id,
                                           actor_org_id, actor_name, actor_org_name, event, to_status)
           VALUES ($1, $2, 99, $3, $4, $5, $5, 'x', 'x', 'CANCEL', 'cancelled')`,
          [bureau.id, evaluation.id, firm.id, unit.id, outsider.id],
        ),
      ).rejects.toMatchObject({ code: '42501' });
    }
    // The unit is a party but writes nothing of the firm's.
    await expect(
      asOrganisation(
        unit.id,
        `UPDATE evaluation_plan SET purpose = 'x' WHERE evaluation_id = $1 RETURNING 1`,
        [evaluation.id],
      ),
    ).resolves.toEqual([]);
  });

  it('answers outsiders 404 through the API and leaves it out of their lists and to-dos', async () => {
    const [otherBureau, otherFirm, otherUnit] = outsiders;
    if (!otherBureau || !otherFirm || !otherUnit) throw new Error('outsiders missing');
    const signedIn: SignedIn[] = [
      await otherBureau.signIn('performance_officer'),
      await otherFirm.signIn('team_lead'),
      await otherUnit.signIn('liaison'),
    ];
    for (const who of signedIn) {
      await t.http().get(`/api/evaluations/${evaluation.id}`).set(who.auth).expect(404);
      const page = (await t.http().get('/api/evaluations').set(who.auth).expect(200)).body as EvaluationPage;
      expect(page.items.map((item) => item.id)).not.toContain(evaluation.id);
      const todo = (await t.http().get('/api/evaluations/todo').set(who.auth).expect(200)).body as TodoItem[];
      expect(todo.map((item) => item.evaluationId)).not.toContain(evaluation.id);
    }
    const operator = await signIn(t, 'operator@platform.demo');
    expect((await t.http().get(`/api/evaluations/${evaluation.id}`).set(operator.auth)).status).toBe(403);
  });

  it('lets the unit read but not act: no buttons, and a refused event with the reason', async () => {
    const liaison = await unit.signIn('liaison');
    const seen = (await t.http().get(`/api/evaluations/${evaluation.id}`).set(liaison.auth).expect(200))
      .body as EvaluationDetail;
    expect(seen).toMatchObject({ myParty: 'unit', availableEvents: [], availableWork: [] });
    expect(seen.files).toEqual([]);
    const refused = await t
      .http()
      .post(`/api/evaluations/${evaluation.id}/transitions`)
      .set(liaison.auth)
      .set('Accept-Language', 'en-US')
      .send({ event: 'APPROVE_PLAN', version: seen.version });
    expect(refused.status).toBe(403);
    expect(refused.body.details[0]).toMatchObject({ field: 'event', message: 'Another party does this' });
  });
});
