import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 6, database findings:
 * - the operator's platform flag inserts an invitation and an outbox row only for an organisation
 *   created in the same transaction (its first admin's invitation), no longer for any organisation;
 * - `refresh_token` references its session together with the organisation, so a foreign-key error
 *   can no longer reveal that another organisation's session id exists;
 * - `login_throttle` (e-mail addresses and client addresses) is reached only through SECURITY DEFINER
 *   functions that count an attempt atomically before any password is hashed; the runtime role can
 *   neither read it nor lift a lockout.
 */
export class SpineHardening1764100000000 implements MigrationInterface {
  name = 'SpineHardening1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- True for an organisation inserted by the current transaction (onboarding in progress).
      CREATE FUNCTION app_org_is_new(p_organisation_id uuid) RETURNS boolean LANGUAGE sql VOLATILE AS
        $f$ SELECT EXISTS (SELECT 1 FROM organisation o
                            WHERE o.id = p_organisation_id AND o.xmin = pg_current_xact_id()::xid) $f$;
      GRANT EXECUTE ON FUNCTION app_org_is_new(uuid) TO jixiao_app;

      DROP POLICY invitation_platform_insert ON invitation;
      CREATE POLICY invitation_platform_insert ON invitation FOR INSERT WITH CHECK (
        (SELECT app_is_platform()) AND app_org_is_new(organisation_id)
        AND cardinality(roles) = 1 AND roles[1] IN ('bureau_admin', 'firm_admin', 'unit_admin'));
      DROP POLICY outbox_message_platform_insert ON outbox_message;
      CREATE POLICY outbox_message_platform_insert ON outbox_message FOR INSERT WITH CHECK (
        (SELECT app_is_platform()) AND app_org_is_new(organisation_id) AND kind = 'email.invitation');

      ALTER TABLE auth_session ADD CONSTRAINT auth_session_organisation_id_id_key UNIQUE (organisation_id, id);
      ALTER TABLE refresh_token DROP CONSTRAINT refresh_token_session_id_fkey;
      ALTER TABLE refresh_token ADD CONSTRAINT refresh_token_session_fkey
        FOREIGN KEY (organisation_id, session_id) REFERENCES auth_session (organisation_id, id);

      REVOKE ALL ON login_throttle FROM jixiao_app;

      -- Counts one attempt on a key before the password is checked. Returns whether the key is locked
      -- (already, or by this attempt because it is past the limit): a locked attempt is not checked.
      CREATE FUNCTION auth_throttle_attempt(p_key text, p_max integer, p_window_seconds integer,
                                            p_lock_seconds integer)
        RETURNS TABLE (attempts integer, locked boolean, newly_locked boolean)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
      DECLARE
        rec login_throttle;
      BEGIN
        INSERT INTO login_throttle (key, failures, window_started_at) VALUES (p_key, 0, now())
          ON CONFLICT (key) DO NOTHING;
        SELECT * INTO rec FROM login_throttle t WHERE t.key = p_key FOR UPDATE;
        IF rec.locked_until > now() THEN
          RETURN QUERY SELECT rec.failures, true, false;
          RETURN;
        END IF;
        IF rec.locked_until IS NOT NULL OR rec.window_started_at < now() - make_interval(secs => p_window_seconds) THEN
          rec.failures := 0;
          rec.window_started_at := now();
        END IF;
        rec.failures := rec.failures + 1;
        IF rec.failures > p_max THEN
          UPDATE login_throttle SET failures = 0, window_started_at = now(),
                 locked_until = now() + make_interval(secs => p_lock_seconds)
           WHERE key = p_key;
          RETURN QUERY SELECT rec.failures, true, true;
          RETURN;
        END IF;
        UPDATE login_throttle SET failures = rec.failures, window_started_at = rec.window_started_at,
               locked_until = NULL
         WHERE key = p_key;
        RETURN QUERY SELECT rec.failures, false, false;
      END $f$;

      -- After a counted attempt failed: locks the key when it reached the limit. True when newly locked.
      CREATE FUNCTION auth_throttle_failed(p_key text, p_max integer, p_lock_seconds integer)
        RETURNS boolean LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
        UPDATE login_throttle SET failures = 0, window_started_at = now(),
               locked_until = now() + make_interval(secs => p_lock_seconds)
         WHERE key = p_key AND failures >= p_max AND (locked_until IS NULL OR locked_until <= now())
        RETURNING true
      $f$;

      -- After a counted attempt succeeded: forgets the account's counters and takes the attempt back
      -- from the shared counters. Never lifts a lockout.
      CREATE FUNCTION auth_throttle_succeeded(p_clear text[], p_release text[])
        RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
        DELETE FROM login_throttle
         WHERE key = ANY(p_clear) AND (locked_until IS NULL OR locked_until <= now());
        UPDATE login_throttle SET failures = greatest(failures - 1, 0)
         WHERE key = ANY(p_release) AND (locked_until IS NULL OR locked_until <= now());
      $f$;

      REVOKE ALL ON FUNCTION auth_throttle_attempt(text, integer, integer, integer),
                             auth_throttle_failed(text, integer, integer),
                             auth_throttle_succeeded(text[], text[]) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION auth_throttle_attempt(text, integer, integer, integer),
                                auth_throttle_failed(text, integer, integer),
                                auth_throttle_succeeded(text[], text[]) TO jixiao_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION auth_throttle_succeeded(text[], text[]);
      DROP FUNCTION auth_throttle_failed(text, integer, integer);
      DROP FUNCTION auth_throttle_attempt(text, integer, integer, integer);
      GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO jixiao_app;

      ALTER TABLE refresh_token DROP CONSTRAINT refresh_token_session_fkey;
      ALTER TABLE refresh_token ADD CONSTRAINT refresh_token_session_id_fkey
        FOREIGN KEY (session_id) REFERENCES auth_session (id);
      ALTER TABLE auth_session DROP CONSTRAINT auth_session_organisation_id_id_key;

      DROP POLICY outbox_message_platform_insert ON outbox_message;
      CREATE POLICY outbox_message_platform_insert ON outbox_message FOR INSERT WITH CHECK ((SELECT app_is_platform()));
      DROP POLICY invitation_platform_insert ON invitation;
      CREATE POLICY invitation_platform_insert ON invitation FOR INSERT WITH CHECK ((SELECT app_is_platform()));
      DROP FUNCTION app_org_is_new(uuid);
    `);
  }
}
