import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'pg';
import { connectRuntimeRole, type RuntimeContext, type RuntimeRole } from '../support/runtime-role';
import { signIn, startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

/** Issue 6, database findings, probed as the runtime role the API connects as. */
describe('database hardening', () => {
  let t: TestApp;
  let app: Client;
  let bureauId: string;
  let firmId: string;

  let runtime: RuntimeRole;
  const asApp = <T>(context: RuntimeContext, sql: string, params: unknown[] = []) =>
    runtime.query<T>(context, sql, params);

  beforeAll(async () => {
    t = await startTestApp();
    runtime = await connectRuntimeRole(t.databaseUrl);
    app = runtime.client;
    const rows = await withClient(
      t.databaseUrl,
      async (c) =>
        (await c.query(`SELECT id, kind FROM organisation`)).rows as { id: string; kind: string }[],
    );
    bureauId = rows.find((row) => row.kind === 'bureau')?.id ?? '';
    firmId = rows.find((row) => row.kind === 'firm')?.id ?? '';
  });
  afterAll(async () => {
    await app.end();
    await t.close();
  });

  it('lets the platform flag insert no invitation or outbox row into an existing organisation', async () => {
    await expect(
      asApp(
        { platform: true },
        `INSERT INTO invitation (organisation_id, email, roles, token_hash, expires_at)
         VALUES ($1, 'x@test.demo', ARRAY['firm_admin'], $2, now() + interval '1 day')`,
        [firmId, randomUUID()],
      ),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      asApp(
        { platform: true },
        `INSERT INTO outbox_message (organisation_id, kind, payload) VALUES ($1, 'email.invitation', '{}')`,
        [firmId],
      ),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('lets it invite only the first admin of an organisation created in the same transaction', async () => {
    const insertOrganisation = `INSERT INTO organisation (id, kind, name, region, credit_code)
                                VALUES ($1, 'unit', '新单位', '某地', $2)`;
    const inviteAs = (role: string) => async () => {
      await app.query('BEGIN');
      try {
        await app.query(`SELECT set_config('app.platform', 'on', true)`);
        const id = randomUUID();
        await app.query(insertOrganisation, [id, randomUUID().replaceAll('-', '').slice(0, 18)]);
        await app.query(
          `INSERT INTO invitation (organisation_id, email, roles, token_hash, expires_at)
           VALUES ($1, 'first@test.demo', ARRAY[$2], $3, now() + interval '1 day')`,
          [id, role, randomUUID()],
        );
      } finally {
        await app.query('ROLLBACK');
      }
    };
    await expect(inviteAs('unit_admin')()).resolves.toBeUndefined();
    await expect(inviteAs('liaison')()).rejects.toMatchObject({ code: '42501' });
  });

  it('refuses a refresh token for another organisation’s session alike whether that session exists or not', async () => {
    await signIn(t, 'reviewer@firm.demo');
    const [firmSession] = await withClient(t.databaseUrl, async (c) =>
      (await c.query(`SELECT id FROM auth_session WHERE organisation_id = $1 LIMIT 1`, [firmId])).rows.map(
        (row: { id: string }) => row.id,
      ),
    );
    const insert = (sessionId: string) =>
      asApp(
        { organisationId: bureauId },
        `INSERT INTO refresh_token (organisation_id, session_id, token_hash, expires_at)
         VALUES ($1, $2, $3, now() + interval '1 hour')`,
        [bureauId, sessionId, randomUUID()],
      );
    await expect(insert(firmSession ?? '')).rejects.toMatchObject({ code: '23503' });
    await expect(insert(randomUUID())).rejects.toMatchObject({ code: '23503' });
  });

  it('closes the database to PUBLIC and gives the runtime role CONNECT without TEMPORARY', async () => {
    const [row] = await asApp<{ public_connect: boolean; app_connect: boolean; app_temp: boolean }>(
      {},
      `SELECT has_database_privilege('public', current_database(), 'CONNECT') AS public_connect,
              has_database_privilege(current_user, current_database(), 'CONNECT') AS app_connect,
              has_database_privilege(current_user, current_database(), 'TEMPORARY') AS app_temp`,
    );
    expect(row).toEqual({ public_connect: false, app_connect: true, app_temp: false });
  });

  it('keeps login_throttle out of the runtime role’s reach except through its functions', async () => {
    for (const sql of [
      `SELECT key FROM login_throttle`,
      `DELETE FROM login_throttle`,
      `UPDATE login_throttle SET locked_until = NULL`,
      `INSERT INTO login_throttle (key) VALUES ('x')`,
    ]) {
      await expect(asApp({}, sql)).rejects.toMatchObject({ code: '42501' });
    }
    const [row] = await asApp<{ locked: boolean }>(
      {},
      `SELECT locked FROM auth_throttle_attempt('probe:key', 5, 60, 60)`,
    );
    expect(row?.locked).toBe(false);
  });
});
