import type { MigrationInterface, QueryRunner } from 'typeorm';

const PARTIES = `(SELECT app_org()) IN (bureau_org_id, firm_org_id, unit_org_id)`;

/**
 * Evaluations shared by exactly three organisations (bureau, firm, unit) and the bureau's firm roster.
 *
 * Every evaluation-scoped row carries the party ids itself, so row-level security is a column check
 * on the row, never a subquery; every key starts with the commissioning bureau's id (the future
 * distribution column). Rows internal to one party carry `owner_org_id`. Archived evaluations no longer change.
 */
export class Evaluations1764000000001 implements MigrationInterface {
  name = 'Evaluations1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE firm_roster (
        bureau_org_id uuid NOT NULL REFERENCES organisation (id),
        firm_org_id uuid NOT NULL REFERENCES organisation (id),
        firm_name text NOT NULL,
        firm_region text NOT NULL,
        firm_credit_code char(18) NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
        added_by uuid NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bureau_org_id, firm_org_id),
        CHECK (bureau_org_id <> firm_org_id)
      );

      -- A bureau adds a firm by its credit code: the one look across organisations it needs,
      -- answering only an active firm's public identity, and only to a bureau.
      CREATE FUNCTION roster_find_firm(p_credit_code text)
        RETURNS TABLE (id uuid, name text, region text, credit_code text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
        $f$
          SELECT o.id, o.name, o.region, o.credit_code::text FROM organisation o
           WHERE o.kind = 'firm' AND o.status = 'active' AND o.credit_code = upper(p_credit_code)
             AND EXISTS (SELECT 1 FROM organisation b WHERE b.id = app_org() AND b.kind = 'bureau')
        $f$;
      REVOKE ALL ON FUNCTION roster_find_firm(text) FROM PUBLIC;

      CREATE TABLE evaluation (
        bureau_org_id uuid NOT NULL REFERENCES organisation (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        firm_org_id uuid NOT NULL REFERENCES organisation (id),
        unit_org_id uuid NOT NULL REFERENCES organisation (id),
        bureau_name text NOT NULL,
        firm_name text NOT NULL,
        unit_name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('department_overall', 'project', 'self_evaluation')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
        funds_in_scope numeric(18, 4) NOT NULL CHECK (funds_in_scope >= 0),
        focus text NOT NULL DEFAULT '' CHECK (length(focus) <= 5000),
        requirements text NOT NULL DEFAULT '' CHECK (length(requirements) <= 5000),
        due_dates jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL,
        current_due_date date,
        machine_version integer NOT NULL,
        snapshot jsonb NOT NULL,
        cancel_reason text,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        PRIMARY KEY (bureau_org_id, id),
        CHECK (firm_org_id <> bureau_org_id AND firm_org_id <> unit_org_id AND unit_org_id <> bureau_org_id)
      );
      CREATE INDEX evaluation_id_idx ON evaluation (id);
      CREATE INDEX evaluation_bureau_list_idx ON evaluation (bureau_org_id, updated_at DESC, id);
      CREATE INDEX evaluation_firm_list_idx ON evaluation (firm_org_id, updated_at DESC, id);
      CREATE INDEX evaluation_unit_list_idx ON evaluation (unit_org_id, updated_at DESC, id);

      CREATE TABLE evaluation_history (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        seq integer NOT NULL CHECK (seq > 0),
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid NOT NULL,
        actor_org_id uuid NOT NULL,
        actor_name text NOT NULL,
        actor_org_name text NOT NULL,
        event text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        comment text CHECK (length(comment) <= 2000),
        PRIMARY KEY (bureau_org_id, evaluation_id, seq),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id)
      );

      CREATE TABLE evaluation_member (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        user_id uuid NOT NULL,
        display_name text NOT NULL,
        team_role text NOT NULL CHECK (team_role IN ('lead', 'evaluator')),
        duties text NOT NULL DEFAULT '' CHECK (length(duties) <= 500),
        declaration text CHECK (length(declaration) <= 5000),
        declared_at timestamptz,
        added_by uuid NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bureau_org_id, evaluation_id, user_id),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id),
        -- a member is a user of the firm: never of the bureau or the unit
        FOREIGN KEY (firm_org_id, user_id) REFERENCES app_user (organisation_id, id),
        CHECK ((declaration IS NULL) = (declared_at IS NULL))
      );
      CREATE UNIQUE INDEX evaluation_member_one_lead ON evaluation_member (bureau_org_id, evaluation_id)
        WHERE team_role = 'lead';
      CREATE INDEX evaluation_member_user_idx ON evaluation_member (firm_org_id, user_id);

      CREATE TABLE evaluation_plan (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        purpose text NOT NULL DEFAULT '' CHECK (length(purpose) <= 20000),
        basis text NOT NULL DEFAULT '' CHECK (length(basis) <= 20000),
        methods text NOT NULL DEFAULT '' CHECK (length(methods) <= 20000),
        schedule text NOT NULL DEFAULT '' CHECK (length(schedule) <= 20000),
        risks text NOT NULL DEFAULT '' CHECK (length(risks) <= 20000),
        updated_by uuid,
        updated_by_name text,
        updated_at timestamptz,
        submitted_at timestamptz,
        version integer NOT NULL DEFAULT 0,
        PRIMARY KEY (bureau_org_id, evaluation_id),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id)
      );

      CREATE TABLE evaluation_framework (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        source_template_id text NOT NULL,
        source_version integer NOT NULL,
        source_name text NOT NULL,
        framework jsonb NOT NULL,
        adopted_by uuid NOT NULL,
        adopted_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (bureau_org_id, evaluation_id),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id)
      );

      CREATE TABLE evaluation_file (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        owner_org_id uuid NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('shared', 'internal')),
        purpose text NOT NULL CHECK (purpose IN ('engagement_letter', 'plan_attachment')),
        storage_key text NOT NULL UNIQUE,
        original_name text NOT NULL CHECK (length(original_name) BETWEEN 1 AND 255),
        media_type text NOT NULL,
        size bigint NOT NULL CHECK (size >= 0),
        sha256 char(64) NOT NULL,
        uploaded_by uuid NOT NULL,
        uploaded_by_name text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bureau_org_id, id),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id),
        CHECK (owner_org_id IN (bureau_org_id, firm_org_id, unit_org_id))
      );
      CREATE INDEX evaluation_file_evaluation_idx ON evaluation_file (bureau_org_id, evaluation_id);
    `);

    await queryRunner.query(`
      ALTER TABLE firm_roster ENABLE ROW LEVEL SECURITY;
      ALTER TABLE firm_roster FORCE ROW LEVEL SECURITY;
      CREATE POLICY firm_roster_own ON firm_roster FOR ALL
        USING (bureau_org_id = (SELECT app_org())) WITH CHECK (bureau_org_id = (SELECT app_org()));

      ALTER TABLE evaluation ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_party_read ON evaluation FOR SELECT USING (${PARTIES});
      CREATE POLICY evaluation_bureau_insert ON evaluation FOR INSERT WITH CHECK (bureau_org_id = (SELECT app_org()));
      CREATE POLICY evaluation_party_update ON evaluation FOR UPDATE USING (${PARTIES}) WITH CHECK (${PARTIES});
      CREATE POLICY evaluation_archived_frozen ON evaluation AS RESTRICTIVE FOR UPDATE USING (status <> 'archived');

      ALTER TABLE evaluation_history ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_history FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_history_party_read ON evaluation_history FOR SELECT USING (${PARTIES});
      CREATE POLICY evaluation_history_actor_insert ON evaluation_history FOR INSERT
        WITH CHECK (actor_org_id = (SELECT app_org()) AND ${PARTIES});
    `);

    // Shared with the three parties, written by the firm.
    for (const table of ['evaluation_member', 'evaluation_framework']) {
      await queryRunner.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_party_read ON ${table} FOR SELECT USING (${PARTIES});
        CREATE POLICY ${table}_firm_write ON ${table} FOR ALL
          USING (firm_org_id = (SELECT app_org())) WITH CHECK (firm_org_id = (SELECT app_org()));
      `);
    }

    await queryRunner.query(`
      -- The firm's draft plan is its own until first submitted; then the bureau and the unit read it.
      ALTER TABLE evaluation_plan ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_plan FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_plan_read ON evaluation_plan FOR SELECT
        USING (firm_org_id = (SELECT app_org())
               OR (submitted_at IS NOT NULL AND (SELECT app_org()) IN (bureau_org_id, unit_org_id)));
      CREATE POLICY evaluation_plan_firm_write ON evaluation_plan FOR ALL
        USING (firm_org_id = (SELECT app_org())) WITH CHECK (firm_org_id = (SELECT app_org()));

      -- Files: shared with the parties or internal to their owner; never changed once stored.
      ALTER TABLE evaluation_file ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_file FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_file_read ON evaluation_file FOR SELECT
        USING (owner_org_id = (SELECT app_org()) OR (visibility = 'shared' AND ${PARTIES}));
      CREATE POLICY evaluation_file_owner_insert ON evaluation_file FOR INSERT
        WITH CHECK (owner_org_id = (SELECT app_org()) AND ${PARTIES});

      -- Nothing of an archived evaluation changes (the machine's final state, enforced here too).
      CREATE FUNCTION evaluation_child_frozen() RETURNS trigger LANGUAGE plpgsql AS $f$
      DECLARE
        row_bureau uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.bureau_org_id ELSE NEW.bureau_org_id END;
        row_evaluation uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.evaluation_id ELSE NEW.evaluation_id END;
      BEGIN
        IF EXISTS (SELECT 1 FROM evaluation e WHERE e.bureau_org_id = row_bureau AND e.id = row_evaluation
                    AND e.status = 'archived') THEN
          RAISE EXCEPTION 'evaluation is archived' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $f$;

      GRANT SELECT, INSERT, UPDATE ON firm_roster TO jixiao_app;
      GRANT SELECT, INSERT, UPDATE ON evaluation TO jixiao_app;
      GRANT SELECT, INSERT ON evaluation_history, evaluation_file TO jixiao_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON evaluation_member TO jixiao_app;
      GRANT SELECT, INSERT, UPDATE ON evaluation_plan, evaluation_framework TO jixiao_app;
      GRANT EXECUTE ON FUNCTION roster_find_firm(text) TO jixiao_app;
    `);
    for (const table of ['evaluation_member', 'evaluation_plan', 'evaluation_framework', 'evaluation_file']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_frozen_when_archived BEFORE INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION evaluation_child_frozen();
      `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE IF EXISTS evaluation_file, evaluation_framework, evaluation_plan, evaluation_member,
        evaluation_history, evaluation, firm_roster;
      DROP FUNCTION IF EXISTS evaluation_child_frozen();
      DROP FUNCTION IF EXISTS roster_find_firm(text);
    `);
  }
}
