import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One round trip to enter an authorised request's transaction: `app_enter_principal` sets the tenant
 * context (transaction-local, as `TenantDatabase.run` does) and then reads the principal behind the
 * access token — user, organisation, session — so a disabled user, a disabled organisation or a revoked
 * session is still refused on the very next request.
 *
 * SECURITY INVOKER and plpgsql: the statements run in order as the runtime role, so the read is under
 * row-level security with the context the first statement set (never platform: an operator's platform
 * flag is set afterwards, once the principal proves to be one). No SET clause: it would undo the
 * function's set_config on return.
 */
export class PrincipalEntry1764390000000 implements MigrationInterface {
  name = 'PrincipalEntry1764390000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION app_enter_principal(p_organisation_id uuid, p_user_id uuid, p_session_id uuid)
        RETURNS TABLE (email text, display_name text, roles text[], user_status text, kind text,
                       organisation_name text, region text, organisation_status text,
                       revoked_at timestamptz, expires_at timestamptz)
        LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $f$
      #variable_conflict use_column
      BEGIN
        PERFORM set_config('app.org_id', p_organisation_id::text, true),
                set_config('app.user_id', p_user_id::text, true),
                set_config('app.platform', 'off', true);
        RETURN QUERY
          SELECT u.email, u.display_name, u.roles, u.status,
                 o.kind, o.name, o.region, o.status,
                 s.revoked_at, s.expires_at
            FROM app_user u
            JOIN organisation o ON o.id = u.organisation_id
            JOIN auth_session s ON s.user_id = u.id AND s.organisation_id = u.organisation_id
           WHERE u.id = p_user_id AND u.organisation_id = p_organisation_id AND s.id = p_session_id;
      END
      $f$;
      REVOKE ALL ON FUNCTION app_enter_principal(uuid, uuid, uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_enter_principal(uuid, uuid, uuid) TO jixiao_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_enter_principal(uuid, uuid, uuid);`);
  }
}
