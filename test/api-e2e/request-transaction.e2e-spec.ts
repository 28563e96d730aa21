import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ErrorResponse, Me } from '@jixiao/contracts';
import { DataSource } from 'typeorm';
import { PrincipalLoader, TenantDatabase } from '@jixiao/api-platform';
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

  /** Records the first words of every statement a pg client sends: the round trips to PostgreSQL. */
  function recordRoundTrips(): { statements: () => string[]; clear: () => void; restore: () => void } {
    const { Client } = (t.app.get(DataSource).driver as unknown as { postgres: typeof import('pg') })
      .postgres;
    const spy = vi.spyOn(Client.prototype, 'query');
    const textOf = (config: unknown) =>
      typeof config === 'string' ? config : ((config as { text?: string } | undefined)?.text ?? '');
    return {
      statements: () =>
        spy.mock.calls.map(([config]) => textOf(config).trim().split(/\s+/).slice(0, 6).join(' ')),
      clear: () => spy.mockClear(),
      restore: () => spy.mockRestore(),
    };
  }

  it('opens exactly one transaction, enters it with the principal in one round trip, and health opens none', async () => {
    const signed = await signIn(t, email);
    const dataSource = t.app.get(DataSource);
    const runners = vi.spyOn(dataSource, 'createQueryRunner');
    const roundTrips = recordRoundTrips();
    const ENTER = 'START TRANSACTION; SELECT * FROM app_enter_principal(';
    try {
      await t.http().get('/api/users').set(signed.auth).expect(200);
      expect(runners).toHaveBeenCalledTimes(1);
      // Three round trips: the transaction starts with the statement that sets the tenant context and
      // re-reads the principal (app_enter_principal), then the handler's query, then COMMIT.
      const users = roundTrips.statements();
      expect(users).toHaveLength(3);
      expect(users[0]).toBe(`${ENTER}'${organisationId}'::uuid,`);
      expect(users[2]).toBe('COMMIT');
      expect(users.some((s) => s.includes('set_config(') || s.startsWith('SET TRANSACTION'))).toBe(false);

      roundTrips.clear();
      runners.mockClear();
      await me(signed).expect(200);
      expect(runners).toHaveBeenCalledTimes(1);
      // /me answers from the principal it just read: two round trips in all.
      expect(roundTrips.statements()).toEqual([`${ENTER}'${organisationId}'::uuid,`, 'COMMIT']);

      roundTrips.clear();
      runners.mockClear();
      // Health: one pooled SELECT 1 for requests that arrive together, none again within a second.
      await Promise.all([1, 2, 3, 4, 5].map(() => t.http().get('/api/health').expect(200)));
      expect(roundTrips.statements()).toEqual(['SELECT 1']);
      await t.http().get('/api/health').expect(200);
      expect(roundTrips.statements()).toEqual(['SELECT 1']);
    } finally {
      roundTrips.restore();
      runners.mockRestore();
    }
  });

  it('rolls the entered transaction back when the handler fails, and a failed entry leaves no aborted connection', async () => {
    const signed = await signIn(t, email);
    const db = t.app.get(TenantDatabase);
    const principals = t.app.get(PrincipalLoader);
    const claims = { sub: userId, org: organisationId, sid: sessionIdOf(signed), typ: 'access' as const };
    const entering = principals.enteringStatement(claims);
    const nameOf = async () =>
      (await owner<{ display_name: string }>(`SELECT display_name FROM app_user WHERE id = $1`, [userId]))[0]
        ?.display_name;
    const before = await nameOf();

    await expect(
      db.runEntering(entering, async (rows) => {
        expect(principals.principalOf(claims, rows)).toMatchObject({ userId, organisationId });
        // TypeORM sees the transaction: a save inside it would not open one of its own.
        expect(db.manager.queryRunner?.isTransactionActive).toBe(true);
        await db.manager.query(`UPDATE app_user SET display_name = '回滚前' WHERE id = $1`, [userId]);
        expect(await nameOf()).toBe(before);
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    expect(await nameOf()).toBe(before);

    await expect(db.runEntering('SELECT 1/0', async () => 'unreachable')).rejects.toThrow(/division by zero/);
    // Every pooled connection is usable afterwards (none was returned inside an aborted transaction),
    // and a committed change stays.
    const settings = await Promise.all(
      Array.from({ length: 12 }, () =>
        db.runEntering(entering, async () => {
          const [row] = (await db.manager.query(`SELECT current_setting('app.org_id') AS org`)) as {
            org: string;
          }[];
          return row?.org;
        }),
      ),
    );
    expect(settings).toEqual(Array(12).fill(organisationId));
    await db.runEntering(entering, () =>
      db.manager.query(`UPDATE app_user SET display_name = '已提交' WHERE id = $1`, [userId]),
    );
    expect(await nameOf()).toBe('已提交');
    await owner(`UPDATE app_user SET display_name = $2 WHERE id = $1`, [userId, before]);
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
