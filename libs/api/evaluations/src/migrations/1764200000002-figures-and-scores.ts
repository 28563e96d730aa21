import type { MigrationInterface, QueryRunner } from 'typeorm';

const PARTIES = `(SELECT app_org()) IN (bureau_org_id, firm_org_id, unit_org_id)`;
const FIRM = `firm_org_id = (SELECT app_org())`;

/**
 * Fieldwork, part "figures and scores" (issue 9).
 *
 * - `evaluation_figure`: one row per figure key. The unit's value and its source (a `figure_source`
 *   file and/or a note) sit beside the team's verification; a correction is stored next to the unit's
 *   value (`corrected_value`), never over it. Read by all three parties; the unit writes the value,
 *   the firm the verification (a trigger keeps each party to its own columns).
 * - `evaluation_project`: the unit's project list (budget, actual, completion).
 * - `evaluation_score`: one row per indicator with the workbench inputs (observations, override,
 *   findings, deduction reason, unscored reason, reference text) and its own `version`.
 * - `evaluation_score_file` / `evaluation_score_request`: evidence links to files (FK) and to request
 *   items (uuids without FK: request items are another part's table; the integrator adds the FK).
 * - `evaluation_score_result`: the computed result with the inputs it was computed from (figures),
 *   the framework version and the engine version.
 * Workbench rows are internal to the firm until the report (RLS: firm only). Amounts are numeric.
 */
export class FiguresAndScores1764200000002 implements MigrationInterface {
  name = 'FiguresAndScores1764200000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evaluation_figure (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,63}$'),
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        value numeric(20, 4),
        source_file_id uuid,
        source_note text NOT NULL DEFAULT '' CHECK (length(source_note) <= 2000),
        entered_by uuid,
        entered_by_name text,
        entered_at timestamptz,
        verification text NOT NULL DEFAULT 'pending'
          CHECK (verification IN ('pending', 'verified', 'questioned', 'corrected')),
        verification_comment text NOT NULL DEFAULT '' CHECK (length(verification_comment) <= 2000),
        corrected_value numeric(20, 4),
        verified_by uuid,
        verified_by_name text,
        verified_at timestamptz,
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        PRIMARY KEY (bureau_org_id, evaluation_id, key),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id),
        FOREIGN KEY (bureau_org_id, source_file_id) REFERENCES evaluation_file (bureau_org_id, id),
        CHECK ((verification = 'corrected') = (corrected_value IS NOT NULL)),
        CHECK (verification NOT IN ('questioned', 'corrected') OR length(trim(verification_comment)) > 0)
      );

      CREATE TABLE evaluation_project (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        budget numeric(20, 4) NOT NULL CHECK (budget >= 0),
        actual numeric(20, 4) NOT NULL CHECK (actual >= 0),
        completion text NOT NULL CHECK (completion IN ('completed', 'in_progress', 'not_started')),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        PRIMARY KEY (bureau_org_id, id),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id)
      );
      CREATE INDEX evaluation_project_evaluation_idx ON evaluation_project (bureau_org_id, evaluation_id);

      CREATE TABLE evaluation_score (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        indicator_id text NOT NULL CHECK (length(indicator_id) BETWEEN 1 AND 100),
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        observations jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(observations) = 'object'),
        override_score numeric(10, 2),
        override_reason text,
        findings text NOT NULL DEFAULT '' CHECK (length(findings) <= 5000),
        deduction_reason text NOT NULL DEFAULT '' CHECK (length(deduction_reason) <= 5000),
        unscored_reason text CHECK (length(unscored_reason) <= 2000),
        reference_text text NOT NULL DEFAULT '' CHECK (length(reference_text) <= 2000),
        updated_by uuid NOT NULL,
        updated_by_name text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        PRIMARY KEY (bureau_org_id, evaluation_id, indicator_id),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id),
        CHECK ((override_score IS NULL) = (override_reason IS NULL)),
        CHECK (override_reason IS NULL OR length(trim(override_reason)) > 0),
        CHECK (unscored_reason IS NULL OR length(trim(unscored_reason)) > 0)
      );

      CREATE TABLE evaluation_score_file (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        indicator_id text NOT NULL,
        file_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        PRIMARY KEY (bureau_org_id, evaluation_id, indicator_id, file_id),
        FOREIGN KEY (bureau_org_id, evaluation_id, indicator_id)
          REFERENCES evaluation_score (bureau_org_id, evaluation_id, indicator_id) ON DELETE CASCADE,
        FOREIGN KEY (bureau_org_id, file_id) REFERENCES evaluation_file (bureau_org_id, id)
      );

      -- Request items live in another part's table: the link is a uuid until the integrator adds the FK.
      CREATE TABLE evaluation_score_request (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        indicator_id text NOT NULL,
        request_item_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        PRIMARY KEY (bureau_org_id, evaluation_id, indicator_id, request_item_id),
        FOREIGN KEY (bureau_org_id, evaluation_id, indicator_id)
          REFERENCES evaluation_score (bureau_org_id, evaluation_id, indicator_id) ON DELETE CASCADE
      );

      CREATE TABLE evaluation_score_result (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        result jsonb NOT NULL,
        figures jsonb NOT NULL,
        total numeric(10, 2),
        grade text,
        framework_version integer NOT NULL,
        engine_version text NOT NULL,
        computed_by uuid NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bureau_org_id, evaluation_id),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id)
      );

      -- Each party writes only its own columns of a figure: the unit its value and source, the firm
      -- its verification. A new value from the unit sends the figure back to 'pending'.
      CREATE FUNCTION evaluation_figure_party_columns() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF (SELECT app_org()) = NEW.unit_org_id THEN
          IF TG_OP = 'INSERT' THEN
            IF NEW.verification <> 'pending' OR NEW.corrected_value IS NOT NULL THEN
              RAISE EXCEPTION 'the unit does not verify figures' USING ERRCODE = 'insufficient_privilege';
            END IF;
          ELSIF NEW.verification IS DISTINCT FROM OLD.verification AND NEW.verification <> 'pending'
             OR NEW.corrected_value IS DISTINCT FROM OLD.corrected_value AND NEW.corrected_value IS NOT NULL
             OR NEW.verified_by IS DISTINCT FROM OLD.verified_by AND NEW.verified_by IS NOT NULL THEN
            RAISE EXCEPTION 'the unit does not verify figures' USING ERRCODE = 'insufficient_privilege';
          END IF;
        ELSIF (SELECT app_org()) = NEW.firm_org_id THEN
          IF TG_OP = 'INSERT' OR NEW.value IS DISTINCT FROM OLD.value
             OR NEW.source_file_id IS DISTINCT FROM OLD.source_file_id
             OR NEW.source_note IS DISTINCT FROM OLD.source_note THEN
            RAISE EXCEPTION 'the firm does not enter figures' USING ERRCODE = 'insufficient_privilege';
          END IF;
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER evaluation_figure_party_columns BEFORE INSERT OR UPDATE ON evaluation_figure
        FOR EACH ROW EXECUTE FUNCTION evaluation_figure_party_columns();
    `);

    await queryRunner.query(`
      ALTER TABLE evaluation_figure ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_figure FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_figure_party_read ON evaluation_figure FOR SELECT USING (${PARTIES});
      CREATE POLICY evaluation_figure_unit_insert ON evaluation_figure FOR INSERT
        WITH CHECK (unit_org_id = (SELECT app_org()));
      CREATE POLICY evaluation_figure_unit_firm_update ON evaluation_figure FOR UPDATE
        USING ((SELECT app_org()) IN (unit_org_id, firm_org_id))
        WITH CHECK ((SELECT app_org()) IN (unit_org_id, firm_org_id));

      ALTER TABLE evaluation_project ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_project FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_project_party_read ON evaluation_project FOR SELECT USING (${PARTIES});
      CREATE POLICY evaluation_project_unit_write ON evaluation_project FOR ALL
        USING (unit_org_id = (SELECT app_org())) WITH CHECK (unit_org_id = (SELECT app_org()));
    `);

    // The workbench is the firm's own until the report: neither the unit nor the bureau sees a row.
    for (const table of [
      'evaluation_score',
      'evaluation_score_file',
      'evaluation_score_request',
      'evaluation_score_result',
    ]) {
      await queryRunner.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_firm_only ON ${table} FOR ALL USING (${FIRM}) WITH CHECK (${FIRM});
      `);
    }

    await queryRunner.query(`
      GRANT SELECT, INSERT, UPDATE ON evaluation_figure, evaluation_score, evaluation_score_result TO jixiao_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON evaluation_project, evaluation_score_file,
        evaluation_score_request TO jixiao_app;
    `);
    for (const table of [
      'evaluation_figure',
      'evaluation_project',
      'evaluation_score',
      'evaluation_score_file',
      'evaluation_score_request',
      'evaluation_score_result',
    ]) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_frozen_when_archived BEFORE INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION evaluation_child_frozen();
      `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE IF EXISTS evaluation_score_result, evaluation_score_request, evaluation_score_file,
        evaluation_score, evaluation_project, evaluation_figure;
      DROP FUNCTION IF EXISTS evaluation_figure_party_columns();
    `);
  }
}
