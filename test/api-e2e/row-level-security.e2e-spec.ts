import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'pg';
import { APP_DATABASE_ROLE } from '@jixiao/api-platform';
import { connectRuntimeRole, type RuntimeRole } from '../support/runtime-role';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';
import { ORGANISATION_OWNED, PARTY_TABLES } from '../support/tenant-tables';

describe('row-level security', () => {
  let t: TestApp;
  let app: Client;
  let bureauId: string;
  let firmId: string;

  let runtime: RuntimeRole;
  const asOrganisation = <T>(organisationId: string | null, sql: string, params: unknown[] = []) =>
    runtime.query<T>({ organisationId }, sql, params);

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

  it('has RLS enabled and forced on every table with an organisation column, and on organisation', async () => {
    const rows = await withClient(
      t.databaseUrl,
      async (c) =>
        (
          await c.query(`
          SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
             AND (c.relname = 'organisation' OR EXISTS (
                   SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname LIKE '%org%_id' AND NOT a.attisdropped))`)
        ).rows as { relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[],
    );
    expect(rows.map((row) => row.relname).sort()).toEqual(
      [...Object.keys(ORGANISATION_OWNED), ...PARTY_TABLES].sort(),
    );
    expect(rows.filter((row) => !row.relrowsecurity || !row.relforcerowsecurity)).toEqual([]);
  });

  it('connects the application as a role that is not superuser, cannot bypass RLS and owns nothing', async () => {
    const [role] = (
      await app.query(
        `SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
      )
    ).rows as {
      name: string;
      rolsuper: boolean;
      rolbypassrls: boolean;
    }[];
    expect(role).toEqual({ name: APP_DATABASE_ROLE, rolsuper: false, rolbypassrls: false });
    const owned = (
      await app.query(
        `SELECT relname FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
      )
    ).rows;
    expect(owned).toEqual([]);
  });

  it('has no policy that lets every row through', async () => {
    const open = await withClient(
      t.databaseUrl,
      async (c) =>
        (
          await c.query(
            // A RESTRICTIVE policy only narrows what the permissive ones allow, so `true` there opens nothing
            // (the archive's freeze checks only the row as it was: WITH CHECK (true), issue 11).
            `SELECT tablename, policyname FROM pg_policies
              WHERE schemaname = 'public' AND permissive = 'PERMISSIVE' AND (qual = 'true' OR with_check = 'true')`,
          )
        ).rows,
    );
    expect(open).toEqual([]);
  });

  it('shows no rows of any organisation-owned table without an organisation context', async () => {
    for (const table of Object.keys(ORGANISATION_OWNED)) {
      const rows = await asOrganisation<{ count: string }>(null, `SELECT count(*) FROM ${table}`);
      expect({ table, count: rows[0]?.count }).toEqual({ table, count: '0' });
    }
  });

  it('shows an organisation only its own rows', async () => {
    for (const [table, column] of Object.entries(ORGANISATION_OWNED)) {
      // A bureau also reads the organisation rows of its own units (and nothing else of them).
      const rows = await asOrganisation<{ owner: string }>(
        bureauId,
        table === 'organisation'
          ? `SELECT DISTINCT coalesce(parent_bureau_id, id)::text AS owner FROM organisation`
          : `SELECT DISTINCT ${column}::text AS owner FROM ${table}`,
      );
      expect({ table, owners: rows.map((row) => row.owner).filter((owner) => owner !== bureauId) }).toEqual({
        table,
        owners: [],
      });
    }
    const users = await asOrganisation<{ count: string }>(bureauId, `SELECT count(*) FROM app_user`);
    expect(Number(users[0]?.count)).toBeGreaterThan(0);
  });

  it('changes nothing of another organisation and refuses inserts for it', async () => {
    const updated = await asOrganisation(
      bureauId,
      `UPDATE app_user SET display_name = 'x' WHERE organisation_id = $1 RETURNING id`,
      [firmId],
    );
    expect(updated).toEqual([]);
    const orgUpdated = await asOrganisation(
      bureauId,
      `UPDATE organisation SET name = 'x' WHERE id = $1 RETURNING id`,
      [firmId],
    );
    expect(orgUpdated).toEqual([]);
    await expect(
      asOrganisation(
        bureauId,
        `INSERT INTO outbox_message (organisation_id, kind, payload) VALUES ($1, 'x', '{}')`,
        [firmId],
      ),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      asOrganisation(
        bureauId,
        `INSERT INTO organisation (kind, name, region, credit_code) VALUES ('unit', 'x', 'x', '111111111111111111')`,
      ),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('keeps the audit trail append-only for the application role', async () => {
    await expect(asOrganisation(bureauId, `UPDATE audit_event SET action = 'x'`)).rejects.toMatchObject({
      code: '42501',
    });
    await expect(asOrganisation(bureauId, `DELETE FROM audit_event`)).rejects.toMatchObject({
      code: '42501',
    });
  });

  it('leaves no organisation context on a pooled connection after the transaction', async () => {
    await asOrganisation(bureauId, `SELECT 1`);
    const [row] = (await app.query(`SELECT coalesce(current_setting('app.org_id', true), '') AS org`))
      .rows as { org: string }[];
    expect(row?.org).toBe('');
  });
});
