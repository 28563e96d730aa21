import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations, users, sessions, invitations, audit trail and outbox, with row-level security.
 *
 * Every organisation-owned table has RLS enabled and forced; the application connects as
 * `jixiao_app`, which owns nothing, and sets `app.org_id` per transaction. Without it no row is
 * visible. `app.platform = 'on'` (set only for a verified platform operator) lets the operator
 * see and onboard organisations and invite their first administrator — nothing else.
 */
export class PlatformSpine1763800000000 implements MigrationInterface {
  name = 'PlatformSpine1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jixiao_app') THEN
          CREATE ROLE jixiao_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$;

      CREATE FUNCTION app_org() RETURNS uuid LANGUAGE sql STABLE AS
        $f$ SELECT nullif(current_setting('app.org_id', true), '')::uuid $f$;
      CREATE FUNCTION app_is_platform() RETURNS boolean LANGUAGE sql STABLE AS
        $f$ SELECT coalesce(current_setting('app.platform', true), '') = 'on' $f$;

      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('platform', 'bureau', 'firm', 'unit')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        region text NOT NULL CHECK (length(region) <= 100),
        credit_code char(18) NOT NULL UNIQUE,
        contact_name text NOT NULL DEFAULT '',
        contact_phone text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      );

      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
        password_hash text NOT NULL,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        last_login_at timestamptz,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (email),
        UNIQUE (organisation_id, id)
      );

      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text,
        ip text,
        user_agent text,
        FOREIGN KEY (organisation_id, user_id) REFERENCES app_user (organisation_id, id)
      );
      CREATE INDEX auth_session_user_idx ON auth_session (organisation_id, user_id);

      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        session_id uuid NOT NULL REFERENCES auth_session (id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX refresh_token_session_idx ON refresh_token (session_id);

      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        email text NOT NULL CHECK (email = lower(email)),
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        token_hash text NOT NULL UNIQUE,
        invited_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_user_id uuid,
        revoked_at timestamptz
      );
      CREATE INDEX invitation_org_idx ON invitation (organisation_id, created_at DESC);

      CREATE TABLE audit_event (
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        seq bigint NOT NULL CHECK (seq > 0),
        occurred_at timestamptz NOT NULL,
        actor_user_id uuid,
        action text NOT NULL,
        target_type text,
        target_id text,
        request_id text,
        result text NOT NULL CHECK (result IN ('success', 'failure')),
        detail jsonb NOT NULL DEFAULT '{}',
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL,
        PRIMARY KEY (organisation_id, seq)
      );

      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $f$;
      CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        kind text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz
      );
      CREATE INDEX outbox_message_pending_idx ON outbox_message (created_at) WHERE processed_at IS NULL;

      -- Not organisation-owned: failure counters keyed by account and by IP, read before sign-in.
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        window_started_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz
      );
    `);

    await queryRunner.query(`
      ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
      ALTER TABLE organisation FORCE ROW LEVEL SECURITY;
      CREATE POLICY organisation_read ON organisation FOR SELECT
        USING (id = (SELECT app_org()) OR (SELECT app_is_platform()));
      CREATE POLICY organisation_insert ON organisation FOR INSERT WITH CHECK ((SELECT app_is_platform()));
      CREATE POLICY organisation_update ON organisation FOR UPDATE
        USING (id = (SELECT app_org()) OR (SELECT app_is_platform()))
        WITH CHECK (id = (SELECT app_org()) OR (SELECT app_is_platform()));
    `);

    for (const table of ['app_user', 'auth_session', 'refresh_token']) {
      await queryRunner.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_own_org ON ${table} FOR ALL
          USING (organisation_id = (SELECT app_org()))
          WITH CHECK (organisation_id = (SELECT app_org()));
      `);
    }

    // The operator may create an invitation (the first admin's) and its outbox message for a new organisation.
    for (const table of ['invitation', 'outbox_message']) {
      await queryRunner.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_own_org ON ${table} FOR ALL
          USING (organisation_id = (SELECT app_org()))
          WITH CHECK (organisation_id = (SELECT app_org()));
        CREATE POLICY ${table}_platform_insert ON ${table} FOR INSERT
          WITH CHECK ((SELECT app_is_platform()));
      `);
    }

    await queryRunner.query(`
      ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
      ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
      CREATE POLICY audit_event_read ON audit_event FOR SELECT USING (organisation_id = (SELECT app_org()));
      CREATE POLICY audit_event_append ON audit_event FOR INSERT WITH CHECK (organisation_id = (SELECT app_org()));

      -- Sign-in starts from an e-mail address with no organisation known yet: this function, and only
      -- it, looks across organisations, and it answers nothing but ids.
      CREATE FUNCTION auth_find_login(p_email text) RETURNS TABLE (user_id uuid, organisation_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
        $f$ SELECT id, organisation_id FROM app_user WHERE email = lower(p_email) $f$;
      REVOKE ALL ON FUNCTION auth_find_login(text) FROM PUBLIC;

      GRANT USAGE ON SCHEMA public TO jixiao_app;
      GRANT SELECT, INSERT, UPDATE ON organisation TO jixiao_app;
      GRANT SELECT, INSERT, UPDATE ON app_user, auth_session, refresh_token, invitation, outbox_message TO jixiao_app;
      GRANT SELECT, INSERT ON audit_event TO jixiao_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO jixiao_app;
      GRANT EXECUTE ON FUNCTION app_org(), app_is_platform(), auth_find_login(text) TO jixiao_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION IF EXISTS auth_find_login(text);
      DROP TABLE IF EXISTS login_throttle, outbox_message, audit_event, invitation, refresh_token, auth_session, app_user, organisation;
      DROP FUNCTION IF EXISTS audit_event_append_only();
      DROP FUNCTION IF EXISTS app_is_platform();
      DROP FUNCTION IF EXISTS app_org();
    `);
  }
}
