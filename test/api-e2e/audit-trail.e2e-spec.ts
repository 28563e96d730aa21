import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditChainVerification, AuditEventPage, UserRecord } from '@jixiao/contracts';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

describe('audit trail', () => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin@nbl.demo');
  });
  afterAll(async () => t.close());

  it('records who did what to which record, with the request id, newest first', async () => {
    const users = (await t.http().get('/api/users').set(admin.auth).expect(200)).body as UserRecord[];
    const head = users.find((u) => u.email === 'head@nbl.demo');
    if (!head) throw new Error('head missing');
    const response = await t
      .http()
      .post(`/api/users/${head.id}/disable`)
      .set(admin.auth)
      .set('X-Request-Id', 'audit-test-0001')
      .expect(200);
    expect(response.headers['x-request-id']).toBe('audit-test-0001');
    await t.http().post(`/api/users/${head.id}/enable`).set(admin.auth).expect(200);

    const page = (await t.http().get('/api/audit-events?limit=2').set(admin.auth).expect(200))
      .body as AuditEventPage;
    expect(page.items.map((e) => e.action)).toEqual(['user.enable', 'user.disable']);
    expect(page.items[1]).toMatchObject({
      actorUserId: admin.session.user.id,
      actorName: '王磊',
      targetType: 'user',
      targetId: head.id,
      requestId: 'audit-test-0001',
      result: 'success',
    });
    expect(page.nextBeforeSeq).toBe(page.items[1]?.seq);
    const older = (
      await t
        .http()
        .get(`/api/audit-events?limit=2&beforeSeq=${page.nextBeforeSeq}`)
        .set(admin.auth)
        .expect(200)
    ).body as AuditEventPage;
    expect(older.items.every((e) => e.seq < (page.nextBeforeSeq ?? 0))).toBe(true);
  });

  it('records refused changes as failures', async () => {
    const liaison = await signIn(t, 'liaison@nbl.demo');
    await t
      .http()
      .post('/api/invitations')
      .set(liaison.auth)
      .send({ email: 'x@nbl.demo', roles: ['head'] })
      .expect(403);
    const page = (await t.http().get('/api/audit-events?limit=5').set(admin.auth).expect(200))
      .body as AuditEventPage;
    expect(page.items.find((e) => e.action === 'user.invite')).toMatchObject({
      result: 'failure',
      actorUserId: liaison.session.user.id,
    });
  });

  it('keeps one unbroken chain under concurrent changes', async () => {
    const users = (await t.http().get('/api/users').set(admin.auth).expect(200)).body as UserRecord[];
    const liaison = users.find((u) => u.email === 'liaison@nbl.demo');
    if (!liaison) throw new Error('liaison missing');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t
          .http()
          .post('/api/invitations')
          .set(admin.auth)
          .send({ email: `parallel-${i}@nbl.demo`, roles: ['liaison'] })
          .expect(201),
      ),
    );
    const verdict = (await t.http().get('/api/audit-events/verify').set(admin.auth).expect(200))
      .body as AuditChainVerification;
    expect(verdict).toMatchObject({ valid: true, brokenAtSeq: null });
    expect(verdict.checked).toBeGreaterThan(25);
  });

  it('detects tampering at the exact entry', async () => {
    const organisationId = admin.session.user.organisation.id;
    await withClient(t.databaseUrl, async (client) => {
      await client.query('BEGIN');
      await client.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change');
      await client.query(
        `UPDATE audit_event SET detail = '{"forged": true}' WHERE organisation_id = $1 AND seq = 3`,
        [organisationId],
      );
      await client.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change');
      await client.query('COMMIT');
    });
    const verdict = (await t.http().get('/api/audit-events/verify').set(admin.auth).expect(200))
      .body as AuditChainVerification;
    expect(verdict).toMatchObject({ valid: false, brokenAtSeq: 3, reason: 'hash', checked: 2 });

    // Other organisations' chains are untouched.
    const other = await signIn(t, 'admin@zsl.demo');
    expect(
      (
        (await t.http().get('/api/audit-events/verify').set(other.auth).expect(200))
          .body as AuditChainVerification
      ).valid,
    ).toBe(true);
  });

  it('refuses updates and deletes even to the database owner without disabling the trigger', async () => {
    await withClient(t.databaseUrl, async (client) => {
      await expect(client.query(`DELETE FROM audit_event WHERE seq = 1`)).rejects.toThrow(/append-only/);
    });
  });

  it('lets only admins read the log', async () => {
    const liaison = await signIn(t, 'liaison@nbl.demo');
    expect((await t.http().get('/api/audit-events').set(liaison.auth)).status).toBe(403);
  });
});
