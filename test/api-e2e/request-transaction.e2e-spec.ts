import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ErrorResponse, Me } from '@jixiao/contracts';
import type { QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

/*
 * Every authorised request runs in one transaction that re-reads the principal and then runs the
 * handler. These tests change the database behind a signed-in user's back (as the owner, so no
 * cache in the API could know) and expect the very next request to see it. They use an
 * organisation and user of their own, so no other suite is disturbed.
 */
describe('one transaction per request, revocation on the next request', () => {
  let t: TestApp;
  let organisationId: string;
  let userId: string;
  const email = `revocation-${randomBytes(4).toString('hex')}@speed.demo`;

  const owner = <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    withClient(t.databaseUrl, async (client) => (await client.query(sql, params)).rows as T[]);
  const sessionIdOf = (signed: SignedIn): string =>
    (JSON.parse(Buffer.from(signed.token.split('.')[1] ?? '', 'base64url').toString()) as { sid: string })
      .sid;
  const me = (signed: SignedIn) => t.http().get('/api/auth/me').set(signed.auth);

  beforeAll(async () => {
    t = await startTestApp();
    const creditCode = randomBytes(9).toString('hex').toUpperCase();
    [{ id: organisationId }] = await owner<{ id: string }>(
      `INSERT INTO organisation (kind, name, region, credit_code) VALUES ('firm', '速度测试事务所', '新疆', $1) RETURNING id`,
      [creditCode],
    );
    [{ id: userId }] = await owner<{ id: string }>(
      `INSERT INTO app_user (organisation_id, email, display_name, password_hash, roles)
       SELECT $1, $2, '撤销测试', password_hash, '{firm_admin}' FROM app_user WHERE email = 'reviewer@firm.demo'
       RETURNING id`,
      [organisationId, email],
    );
  });
  afterAll(async () => t.close());

  it('opens exactly one transaction, enters it in one round trip, and health opens none', async () => {
    const signed = await signIn(t, email);
    const dataSource = t.app.get(DataSource);
    const statements: string[] = [];
    const create = dataSource.createQueryRunner.bind(dataSource);
    const spy = vi.spyOn(dataSource, 'createQueryRunner').mockImplementation((mode) => {
      const runner = create(mode);
      const query = runner.query.bind(runner);
      runner.query = ((sql: string, ...rest: unknown[]) => {
        statements.push(sql.trim().split(/\s+/).slice(0, 4).join(' '));
        return (query as (sql: string, ...rest: unknown[]) => unknown)(sql, ...rest);
      }) as QueryRunner['query'];
      return runner;
    });
    try {
      await t.http().get('/api/users').set(signed.auth).expect(200);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(statements[0]).toBe('START TRANSACTION');
      expect(statements.at(-1)).toBe('COMMIT');
      expect(statements.filter((s) => s === 'START TRANSACTION')).toHaveLength(1);
      // The tenant context is set by the statement that reads the principal (app_enter_principal).
      expect(statements[1]).toBe('SELECT * FROM app_enter_principal($1,');
      expect(statements.filter((s) => s.includes('set_config(') || s.includes('app_enter_'))).toHaveLength(1);
      expect(statements.some((s) => s.startsWith('SET TRANSACTION'))).toBe(false);

      statements.length = 0;
      spy.mockClear();
      await me(signed).expect(200);
      expect(spy).toHaveBeenCalledTimes(1);
      // START, the tenant context with the principal, COMMIT: /me answers from the principal it just read.
      expect(statements).toEqual(['START TRANSACTION', 'SELECT * FROM app_enter_principal($1,', 'COMMIT']);

      statements.length = 0;
      spy.mockClear();
      // Health: one pooled SELECT 1 for requests that arrive together, none again within a second.
      await Promise.all([1, 2, 3, 4, 5].map(() => t.http().get('/api/health').expect(200)));
      expect(statements).toEqual(['SELECT 1']);
      await t.http().get('/api/health').expect(200);
      expect(statements).toEqual(['SELECT 1']);
    } finally {
      spy.mockRestore();
    }
  });

  it('sees a role change on the very next request', async () => {
    const signed = await signIn(t, email);
    await t.http().get('/api/invitations').set(signed.auth).expect(200);
    await owner(`UPDATE app_user SET roles = '{evaluator}' WHERE id = $1`, [userId]);
    try {
      expect((await me(signed).expect(200)).body as Me).toMatchObject({ roles: ['evaluator'] });
      const refused = await t.http().get('/api/invitations').set(signed.auth);
      expect(refused.status).toBe(403);
      expect((refused.body as ErrorResponse).code).toBe('FORBIDDEN');
    } finally {
      await owner(`UPDATE app_user SET roles = '{firm_admin}' WHERE id = $1`, [userId]);
    }
    await t.http().get('/api/invitations').set(signed.auth).expect(200);
  });

  it('audits a refusal after the request transaction rolled back', async () => {
    const signed = await signIn(t, email);
    await owner(`UPDATE app_user SET roles = '{evaluator}' WHERE id = $1`, [userId]);
    try {
      await t.http().get('/api/audit-events').set(signed.auth).expect(403);
    } finally {
      await owner(`UPDATE app_user SET roles = '{firm_admin}' WHERE id = $1`, [userId]);
    }
    const [entry] = await owner<{ action: string; result: string; actor_user_id: string; detail: unknown }>(
      `SELECT action, result, actor_user_id, detail FROM audit_event WHERE organisation_id = $1 ORDER BY seq DESC LIMIT 1`,
      [organisationId],
    );
    expect(entry).toEqual({
      action: 'access.denied',
      result: 'failure',
      actor_user_id: userId,
      detail: { code: 'FORBIDDEN', method: 'GET', path: '/api/audit-events' },
    });
  });

  const revocations: [string, string, string][] = [
    [
      'a disabled user',
      `UPDATE app_user SET status = 'disabled' WHERE id = $1`,
      `UPDATE app_user SET status = 'active' WHERE id = $1`,
    ],
    [
      'a disabled organisation',
      `UPDATE organisation SET status = 'disabled' WHERE id = (SELECT organisation_id FROM app_user WHERE id = $1)`,
      `UPDATE organisation SET status = 'active' WHERE id = (SELECT organisation_id FROM app_user WHERE id = $1)`,
    ],
  ];
  it.each(revocations)(
    'refuses %s on the very next request, sessions untouched',
    async (_what, revoke, restore) => {
      const signed = await signIn(t, email);
      await me(signed).expect(200);
      await owner(revoke, [userId]);
      try {
        const refused = await me(signed);
        expect(refused.status).toBe(401);
        expect((refused.body as ErrorResponse).code).toBe('AUTH_SESSION_EXPIRED');
        expect((await t.http().get('/api/users').set(signed.auth)).status).toBe(401);
      } finally {
        await owner(restore, [userId]);
      }
      await me(signed).expect(200);
    },
  );

  it.each([
    ['a revoked', `UPDATE auth_session SET revoked_at = now() WHERE id = $1`],
    ['an expired', `UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE id = $1`],
  ])('refuses %s session on the very next request', async (_what, end) => {
    const signed = await signIn(t, email);
    const other = await signIn(t, email);
    await me(signed).expect(200);
    await owner(end, [sessionIdOf(signed)]);
    const refused = await me(signed);
    expect(refused.status).toBe(401);
    expect((refused.body as ErrorResponse).code).toBe('AUTH_SESSION_EXPIRED');
    await me(other).expect(200);
  });
});
