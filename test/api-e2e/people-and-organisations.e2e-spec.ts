import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CreatedInvitation,
  CreatedOrganisation,
  ErrorResponse,
  InvitationPreview,
  InvitationRecord,
  UserRecord,
} from '@jixiao/contracts';
import { creditCodeCheckCharacter } from '@jixiao/domain';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

function tokenOf(link: string): string {
  return decodeURIComponent(link.split('/invite/')[1] ?? '');
}

describe('invitations, roles, disabling and onboarding', () => {
  let t: TestApp;
  let unitAdmin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    unitAdmin = await signIn(t, 'admin@zsl.demo');
  });
  afterAll(async () => t.close());

  it('invites by a single-use link written to the outbox, and the invitee joins with the roles given', async () => {
    const created = await t
      .http()
      .post('/api/invitations')
      .set(unitAdmin.auth)
      .send({ email: 'New.Liaison@zsl.demo', roles: ['liaison'] })
      .expect(201);
    const { invitation, link } = created.body as CreatedInvitation;
    expect(invitation).toMatchObject({
      email: 'new.liaison@zsl.demo',
      roles: ['liaison'],
      status: 'pending',
    });
    expect(link).toMatch(/^http:\/\/localhost:3000\/invite\//);

    const outbox = await withClient(
      t.databaseUrl,
      async (c) =>
        (
          await c.query(
            `SELECT kind, payload FROM outbox_message WHERE payload->>'to' = 'new.liaison@zsl.demo'`,
          )
        ).rows as {
          kind: string;
          payload: { link: string };
        }[],
    );
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.payload.link).toBe(link);

    const token = tokenOf(link);
    const preview = (
      await t
        .http()
        .get(`/api/auth/invitations/${encodeURIComponent(token)}`)
        .expect(200)
    ).body as InvitationPreview;
    expect(preview.organisation.name).toBe('昌吉市人民政府中山路街道办事处');

    const weak = await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({ token, displayName: '新联系人', password: 'zhongshan' });
    expect(weak.status).toBe(400);
    expect((weak.body as ErrorResponse).code).toBe('PASSWORD_POLICY');

    await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({ token, displayName: '新联系人', password: '街道资料报送-联络员-01' })
      .expect(201);
    const again = await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({ token, displayName: '又一人', password: '街道资料报送-联络员-02' });
    expect(again.status).toBe(404);
    expect((again.body as ErrorResponse).code).toBe('INVITATION_INVALID');

    const joined = await signIn(t, 'new.liaison@zsl.demo', '街道资料报送-联络员-01');
    expect(joined.session.user.roles).toEqual(['liaison']);
    expect(joined.session.user.organisation.name).toBe('昌吉市人民政府中山路街道办事处');
  });

  it('refuses expired, revoked and forged invitation links', async () => {
    const created = (
      await t
        .http()
        .post('/api/invitations')
        .set(unitAdmin.auth)
        .send({ email: 'late@zsl.demo', roles: ['head'] })
        .expect(201)
    ).body as CreatedInvitation;
    await withClient(t.databaseUrl, (c) =>
      c.query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        created.invitation.id,
      ]),
    );
    expect(
      (await t.http().get(`/api/auth/invitations/${encodeURIComponent(tokenOf(created.link))}`)).status,
    ).toBe(404);

    const revoked = (
      await t
        .http()
        .post('/api/invitations')
        .set(unitAdmin.auth)
        .send({ email: 'gone@zsl.demo', roles: ['head'] })
        .expect(201)
    ).body as CreatedInvitation;
    await t.http().delete(`/api/invitations/${revoked.invitation.id}`).set(unitAdmin.auth).expect(204);
    expect(
      (await t.http().get(`/api/auth/invitations/${encodeURIComponent(tokenOf(revoked.link))}`)).status,
    ).toBe(404);
    const list = (await t.http().get('/api/invitations').set(unitAdmin.auth).expect(200))
      .body as InvitationRecord[];
    expect(list.find((i) => i.id === revoked.invitation.id)?.status).toBe('revoked');
    expect(list.find((i) => i.id === created.invitation.id)?.status).toBe('expired');

    const forged = `${unitAdmin.session.user.organisation.id}.${'A'.repeat(43)}`;
    expect((await t.http().get(`/api/auth/invitations/${forged}`)).status).toBe(404);
    expect((await t.http().get('/api/auth/invitations/garbage')).status).toBe(404);
  });

  it('refuses roles of another organisation kind and e-mails already in use here', async () => {
    const wrongRole = await t
      .http()
      .post('/api/invitations')
      .set(unitAdmin.auth)
      .send({ email: 'x@zsl.demo', roles: ['reviewer'] });
    expect(wrongRole.status).toBe(400);
    expect((wrongRole.body as ErrorResponse).code).toBe('ROLE_NOT_ALLOWED');
    const taken = await t
      .http()
      .post('/api/invitations')
      .set(unitAdmin.auth)
      .send({ email: 'liaison@zsl.demo', roles: ['head'] });
    expect(taken.status).toBe(409);
    expect((taken.body as ErrorResponse).code).toBe('EMAIL_TAKEN');
  });

  it('changes roles, protects the last admin, and refuses non-admins', async () => {
    const users = (await t.http().get('/api/users').set(unitAdmin.auth).expect(200)).body as UserRecord[];
    const head = users.find((u) => u.email === 'head@zsl.demo');
    const admin = users.find((u) => u.email === 'admin@zsl.demo');
    if (!head || !admin) throw new Error('demo users missing');

    const updated = (
      await t
        .http()
        .patch(`/api/users/${head.id}/roles`)
        .set(unitAdmin.auth)
        .send({ roles: ['head', 'liaison'] })
        .expect(200)
    ).body as UserRecord;
    expect(updated.roles).toEqual(['head', 'liaison']);
    expect(updated.version).toBe(head.version + 1);

    const selfDemote = await t
      .http()
      .patch(`/api/users/${admin.id}/roles`)
      .set(unitAdmin.auth)
      .send({ roles: ['liaison'] });
    expect((selfDemote.body as ErrorResponse).code).toBe('SELF_ACTION');
    const selfDisable = await t.http().post(`/api/users/${admin.id}/disable`).set(unitAdmin.auth);
    expect((selfDisable.body as ErrorResponse).code).toBe('SELF_ACTION');

    const liaison = await signIn(t, 'liaison@zsl.demo');
    const refused = await t
      .http()
      .patch(`/api/users/${head.id}/roles`)
      .set(liaison.auth)
      .send({ roles: ['head'] });
    expect(refused.status).toBe(403);
    expect((refused.body as ErrorResponse).code).toBe('FORBIDDEN');
  });

  it('keeps at least one active admin', async () => {
    const bureauAdmin = await signIn(t, 'admin@czj.demo');
    const users = (await t.http().get('/api/users').set(bureauAdmin.auth).expect(200)).body as UserRecord[];
    const officer = users.find((u) => u.email === 'officer@czj.demo');
    if (!officer) throw new Error('officer missing');
    await t
      .http()
      .patch(`/api/users/${officer.id}/roles`)
      .set(bureauAdmin.auth)
      .send({ roles: ['bureau_admin'] })
      .expect(200);
    const officerSignedIn = await signIn(t, 'officer@czj.demo');
    const admin = users.find((u) => u.email === 'admin@czj.demo');
    if (!admin) throw new Error('admin missing');
    // The officer (now admin) demotes the original admin: allowed, one admin remains.
    await t
      .http()
      .patch(`/api/users/${admin.id}/roles`)
      .set(officerSignedIn.auth)
      .send({ roles: ['performance_officer'] })
      .expect(200);
    // The original admin, no longer admin, cannot manage users any more, at once.
    expect((await t.http().get('/api/invitations').set(bureauAdmin.auth)).status).toBe(403);
    // Restore for other suites.
    await t
      .http()
      .patch(`/api/users/${admin.id}/roles`)
      .set(officerSignedIn.auth)
      .send({ roles: ['bureau_admin'] })
      .expect(200);
    const lastAdminTry = await t
      .http()
      .patch(`/api/users/${officer.id}/roles`)
      .set(bureauAdmin.auth)
      .send({ roles: ['performance_officer'] })
      .expect(200);
    expect((lastAdminTry.body as UserRecord).roles).toEqual(['performance_officer']);
  });

  it('disables a user: their sessions end at once; enabling lets them sign in again', async () => {
    const victim = await signIn(t, 'head@zsl.demo');
    await t.http().post(`/api/users/${victim.session.user.id}/disable`).set(unitAdmin.auth).expect(200);
    expect((await t.http().get('/api/auth/me').set(victim.auth)).status).toBe(401);
    expect(
      (await t.http().post('/api/auth/login').send({ email: 'head@zsl.demo', password: 'Demo-Pass#2026' }))
        .status,
    ).toBe(401);
    await t.http().post(`/api/users/${victim.session.user.id}/enable`).set(unitAdmin.auth).expect(200);
    await signIn(t, 'head@zsl.demo');
  });

  it('lets the platform operator onboard an organisation whose first admin joins by the link', async () => {
    const operator = await signIn(t, 'operator@platform.demo');
    const base = '12652301MB1234567';
    const creditCode = `${base}${creditCodeCheckCharacter(base)}`;
    const badCode = `${base}${creditCodeCheckCharacter(base) === '0' ? '1' : '0'}`;
    const body = {
      kind: 'unit',
      name: '昌吉市人民政府延安北路街道办事处',
      region: '新疆维吾尔自治区昌吉回族自治州昌吉市',
      creditCode: badCode,
      contactName: '艾力',
      contactPhone: '0994-2000000',
      adminEmail: 'admin@yab.demo',
      parentBureauId: '',
    };
    const organisations = (await t.http().get('/api/organisations').set(operator.auth).expect(200)).body as {
      id: string;
      kind: string;
    }[];
    const bureauId = organisations.find((organisation) => organisation.kind === 'bureau')?.id ?? '';
    const firmId = organisations.find((organisation) => organisation.kind === 'firm')?.id ?? '';
    body.parentBureauId = bureauId;
    for (const [parentBureauId, code] of [
      [undefined, 'organisation.parent_required'],
      [firmId, 'organisation.parent_not_bureau'],
    ] as const) {
      const orphan = await t
        .http()
        .post('/api/organisations')
        .set(operator.auth)
        .send({ ...body, creditCode, parentBureauId });
      expect(orphan.status).toBe(400);
      expect((orphan.body as ErrorResponse).details?.[0]).toMatchObject({ field: 'parentBureauId', code });
    }
    const invalid = await t.http().post('/api/organisations').set(operator.auth).send(body);
    expect(invalid.status).toBe(400);
    expect((invalid.body as ErrorResponse).details?.[0]).toMatchObject({
      field: 'creditCode',
      code: 'credit_code.check_character',
    });

    const created = (
      await t
        .http()
        .post('/api/organisations')
        .set(operator.auth)
        .send({ ...body, creditCode: creditCode.toLowerCase() })
        .expect(201)
    ).body as CreatedOrganisation;
    expect(created.organisation).toMatchObject({ kind: 'unit', creditCode, parentBureauId: bureauId });
    expect(created.adminInvitation.invitation.roles).toEqual(['unit_admin']);

    const duplicate = await t
      .http()
      .post('/api/organisations')
      .set(operator.auth)
      .send({ ...body, creditCode, adminEmail: 'other@yab.demo' });
    expect(duplicate.status).toBe(409);
    expect((duplicate.body as ErrorResponse).code).toBe('CREDIT_CODE_TAKEN');

    await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({
        token: tokenOf(created.adminInvitation.link),
        displayName: '艾力',
        password: '延安北路街道-管理员-2026',
      })
      .expect(201);
    const newAdmin = await signIn(t, 'admin@yab.demo', '延安北路街道-管理员-2026');
    expect(newAdmin.session.user.organisation.id).toBe(created.organisation.id);
    expect((await t.http().get('/api/users').set(newAdmin.auth).expect(200)).body).toHaveLength(1);

    const firmAdmin = await signIn(t, 'admin@firm.demo');
    const refused = await t
      .http()
      .post('/api/organisations')
      .set(firmAdmin.auth)
      .send({ ...body, creditCode });
    expect(refused.status).toBe(403);
  });

  it('lets the operator disable an organisation: its users lose access at once and regain it when enabled', async () => {
    const operator = await signIn(t, 'operator@platform.demo');
    const member = await signIn(t, 'liaison@zsl.demo');
    const organisationId = member.session.user.organisation.id;

    const notOperator = await t
      .http()
      .post(`/api/organisations/${organisationId}/disable`)
      .set(unitAdmin.auth);
    expect(notOperator.status).toBe(403);

    const disabled = (
      await t.http().post(`/api/organisations/${organisationId}/disable`).set(operator.auth).expect(200)
    ).body as { status: string };
    expect(disabled.status).toBe('disabled');
    expect((await t.http().get('/api/auth/me').set(member.auth)).status).toBe(401);
    expect(
      (await t.http().post('/api/auth/login').send({ email: 'liaison@zsl.demo', password: 'Demo-Pass#2026' }))
        .status,
    ).toBe(401);

    const own = await t
      .http()
      .post(`/api/organisations/${operator.session.user.organisation.id}/disable`)
      .set(operator.auth);
    expect((own.body as ErrorResponse).code).toBe('SELF_ACTION');

    await t.http().post(`/api/organisations/${organisationId}/enable`).set(operator.auth).expect(200);
    await signIn(t, 'liaison@zsl.demo');
    unitAdmin = await signIn(t, 'admin@zsl.demo');
  });
});
