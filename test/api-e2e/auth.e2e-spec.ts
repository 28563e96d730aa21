import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, SessionResponse } from '@jixiao/contracts';
import {
  CSRF,
  DEMO_PASSWORD,
  refreshCookieFrom,
  signIn,
  startTestApp,
  type TestApp,
} from '../support/test-app';
import { withClient } from '../support/test-database';

/*
 * Suites share one database per run: each file signs in as demo users no other file changes
 * (archivist@firm changes its password here; head@nbl gets locked out here).
 */
describe('sign-in, sessions and passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('signs in with the demo account and returns the user with organisation and roles', async () => {
    const { session } = await signIn(t, 'admin@czj.demo');
    expect(session.expiresIn).toBe(600);
    expect(session.user.email).toBe('admin@czj.demo');
    expect(session.user.roles).toEqual(['bureau_admin']);
    expect(session.user.organisation).toMatchObject({ kind: 'bureau', name: '昌吉市财政局' });
  });

  it('sets the refresh token as an HttpOnly, SameSite=Strict cookie scoped to /api/auth', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'officer@czj.demo', password: DEMO_PASSWORD });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/jx_refresh=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
  });

  it('answers a wrong password and an unknown account alike', async () => {
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'head@zsl.demo', password: 'not-the-password' });
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@zsl.demo', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((wrong.body as ErrorResponse).code).toBe('AUTH_INVALID_CREDENTIALS');
    expect((unknown.body as ErrorResponse).code).toBe('AUTH_INVALID_CREDENTIALS');
    expect((wrong.body as ErrorResponse).message).toBe('账号或密码错误');
  });

  it('rejects a malformed sign-in with field details instead of 401', async () => {
    const response = await t.http().post('/api/auth/login').send({ email: 42 });
    expect(response.status).toBe(400);
    expect((response.body as ErrorResponse).code).toBe('VALIDATION_FAILED');
    expect((response.body as ErrorResponse).details?.map((d) => d.field)).toEqual(
      expect.arrayContaining(['email', 'password']),
    );
  });

  it('refuses the API without a token, with a forged token and with a token of the wrong type', async () => {
    expect((await t.http().get('/api/auth/me')).status).toBe(401);
    const forged = `${(await signIn(t, 'officer@czj.demo')).token.slice(0, -4)}AAAA`;
    expect((await t.http().get('/api/auth/me').set('Authorization', `Bearer ${forged}`)).status).toBe(401);
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: 'x', typ: 'access' }),
    ).toString('base64url')}.`;
    expect((await t.http().get('/api/auth/me').set('Authorization', `Bearer ${unsigned}`)).status).toBe(401);
  });

  it('rotates the refresh token, and reuse of a spent one revokes the whole session', async () => {
    const first = await signIn(t, 'evaluator@firm.demo');
    const rotated = await t
      .http()
      .post('/api/auth/refresh')
      .set(CSRF)
      .set('Cookie', first.refreshCookie)
      .expect(200);
    const second = refreshCookieFrom(rotated.headers['set-cookie']);
    expect(second).not.toBe(first.refreshCookie);
    const secondAccess = (rotated.body as SessionResponse).accessToken;
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${secondAccess}`).expect(200);

    // A spent token presented again after the grace window: someone holds a copy.
    await withClient(t.databaseUrl, (client) =>
      client.query(
        `UPDATE refresh_token SET used_at = now() - interval '1 minute' WHERE used_at IS NOT NULL`,
      ),
    );
    const reuse = await t.http().post('/api/auth/refresh').set(CSRF).set('Cookie', first.refreshCookie);
    expect(reuse.status).toBe(401);
    expect((reuse.body as ErrorResponse).code).toBe('AUTH_SESSION_EXPIRED');
    // The legitimate successor and every access token of the session are dead too.
    expect((await t.http().post('/api/auth/refresh').set(CSRF).set('Cookie', second)).status).toBe(401);
    expect((await t.http().get('/api/auth/me').set('Authorization', `Bearer ${secondAccess}`)).status).toBe(
      401,
    );
  });

  it('requires the CSRF header on refresh and logout and refuses cross-site requests', async () => {
    const signed = await signIn(t, 'reviewer@firm.demo');
    const noHeader = await t.http().post('/api/auth/refresh').set('Cookie', signed.refreshCookie);
    expect(noHeader.status).toBe(403);
    expect((noHeader.body as ErrorResponse).code).toBe('AUTH_CSRF');
    const crossSite = await t
      .http()
      .post('/api/auth/refresh')
      .set(CSRF)
      .set('Sec-Fetch-Site', 'cross-site')
      .set('Cookie', signed.refreshCookie);
    expect(crossSite.status).toBe(403);
    const foreignOrigin = await t
      .http()
      .post('/api/auth/logout')
      .set(CSRF)
      .set('Origin', 'https://evil.example')
      .set('Cookie', signed.refreshCookie);
    expect(foreignOrigin.status).toBe(403);
    await t.http().get('/api/auth/me').set(signed.auth).expect(200);
  });

  it('logs out: the session ends at once, access token included', async () => {
    const signed = await signIn(t, 'archivist@firm.demo');
    await t.http().post('/api/auth/logout').set(CSRF).set('Cookie', signed.refreshCookie).expect(204);
    expect((await t.http().get('/api/auth/me').set(signed.auth)).status).toBe(401);
    expect(
      (await t.http().post('/api/auth/refresh').set(CSRF).set('Cookie', signed.refreshCookie)).status,
    ).toBe(401);
  });

  it('changes the password: policy enforced, other sessions revoked, current one kept', async () => {
    const here = await signIn(t, 'archivist@firm.demo');
    const elsewhere = await signIn(t, 'archivist@firm.demo');

    const weak = await t
      .http()
      .post('/api/auth/password')
      .set(here.auth)
      .send({ currentPassword: DEMO_PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect((weak.body as ErrorResponse).code).toBe('PASSWORD_POLICY');
    expect((weak.body as ErrorResponse).details?.[0]).toMatchObject({
      field: 'newPassword',
      code: 'password.too_short',
    });

    const wrongCurrent = await t
      .http()
      .post('/api/auth/password')
      .set(here.auth)
      .send({ currentPassword: 'wrong-password-here', newPassword: '正衡档案归档-口令-2026' });
    expect((wrongCurrent.body as ErrorResponse).code).toBe('AUTH_WRONG_PASSWORD');

    await t
      .http()
      .post('/api/auth/password')
      .set(here.auth)
      .send({ currentPassword: DEMO_PASSWORD, newPassword: '正衡档案归档-口令-2026' })
      .expect(204);
    await t.http().get('/api/auth/me').set(here.auth).expect(200);
    expect((await t.http().get('/api/auth/me').set(elsewhere.auth)).status).toBe(401);
    expect(
      (await t.http().post('/api/auth/login').send({ email: 'archivist@firm.demo', password: DEMO_PASSWORD }))
        .status,
    ).toBe(401);
    await signIn(t, 'archivist@firm.demo', '正衡档案归档-口令-2026');
  });

  it('locks an account after repeated failures from one address and audits the lockout', async () => {
    const email = 'head@nbl.demo';
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      statuses.push(
        (
          await t
            .http()
            .post('/api/auth/login')
            .send({ email, password: `wrong-${attempt}` })
        ).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const locked = await t.http().post('/api/auth/login').send({ email, password: DEMO_PASSWORD });
    expect(locked.status).toBe(429);
    expect((locked.body as ErrorResponse).code).toBe('AUTH_LOCKED');
    // Another account from the same address still signs in.
    await signIn(t, 'admin@nbl.demo');

    const admin = await signIn(t, 'admin@nbl.demo');
    const log = await t.http().get('/api/audit-events?limit=50').set(admin.auth).expect(200);
    const actions = (log.body as { items: { action: string; result: string }[] }).items.map(
      (e) => `${e.action}:${e.result}`,
    );
    expect(actions).toContain('auth.lockout:failure');
    expect(actions.filter((a) => a === 'auth.login:failure').length).toBeGreaterThanOrEqual(5);
  });

  it('stores argon2id hashes with at least the ASVS parameters', async () => {
    const [row] = await withClient(
      t.databaseUrl,
      async (client) =>
        (await client.query(`SELECT password_hash FROM app_user LIMIT 1`)).rows as {
          password_hash: string;
        }[],
    );
    const params = /^\$argon2id\$v=19\$([^$]+)\$/.exec(row?.password_hash ?? '')?.[1] ?? '';
    const values = Object.fromEntries(params.split(',').map((pair) => pair.split('=')));
    expect(Number(values['m'])).toBeGreaterThanOrEqual(19456);
    expect(Number(values['t'])).toBeGreaterThanOrEqual(2);
    expect(Number(values['p'])).toBe(1);
  });
});
