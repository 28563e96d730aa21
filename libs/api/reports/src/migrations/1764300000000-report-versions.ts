import type { MigrationInterface, QueryRunner } from 'typeorm';

const FIRM = `firm_org_id = (SELECT app_org())`;
const PARTIES = `(SELECT app_org()) IN (bureau_org_id, firm_org_id, unit_org_id)`;

/**
 * The report (issue 10): the team's working narrative (firm-internal, optimistic `version`) and the
 * saved versions — immutable snapshots of the report model with their sha256. The firm sees all its
 * versions; the bureau and the unit see them from 交换意见稿 (for_feedback) on. No one, the runtime
 * role included, can change or delete a saved version (trigger). Nothing of an archived evaluation
 * changes (`evaluation_child_frozen()`).
 */
export class ReportVersions1764300000000 implements MigrationInterface {
  name = 'ReportVersions1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evaluation_report_draft (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        narrative jsonb NOT NULL,
        options jsonb NOT NULL,
        updated_by_name text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        PRIMARY KEY (bureau_org_id, evaluation_id),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id),
        CHECK (octet_length(narrative::text) <= 2000000)
      );

      CREATE TABLE evaluation_report_version (
        bureau_org_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        seq integer NOT NULL CHECK (seq > 0),
        stage text NOT NULL CHECK (stage IN ('draft', 'for_feedback', 'final_draft', 'issued')),
        model jsonb NOT NULL,
        content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
        total numeric,
        grade text,
        created_by_user_id uuid NOT NULL,
        created_by_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bureau_org_id, id),
        UNIQUE (bureau_org_id, evaluation_id, seq),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id),
        FOREIGN KEY (firm_org_id, created_by_user_id) REFERENCES app_user (organisation_id, id)
      );

      CREATE FUNCTION report_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a saved report version is immutable' USING ERRCODE = 'check_violation';
      END $$;
      CREATE TRIGGER evaluation_report_version_immutable BEFORE UPDATE OR DELETE ON evaluation_report_version
        FOR EACH ROW EXECUTE FUNCTION report_version_immutable();

      ALTER TABLE evaluation_report_draft ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_report_draft FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_report_draft_firm_only ON evaluation_report_draft FOR ALL
        USING (${FIRM}) WITH CHECK (${FIRM});

      ALTER TABLE evaluation_report_version ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_report_version FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_report_version_read ON evaluation_report_version FOR SELECT
        USING (${FIRM} OR (stage <> 'draft' AND ${PARTIES}));
      CREATE POLICY evaluation_report_version_firm_insert ON evaluation_report_version FOR INSERT
        WITH CHECK (${FIRM});
    `);
    for (const table of ['evaluation_report_draft', 'evaluation_report_version']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_frozen_when_archived BEFORE INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION evaluation_child_frozen();
      `);
    }
    await queryRunner.query(`
      GRANT SELECT, INSERT, UPDATE ON evaluation_report_draft TO jixiao_app;
      -- versions are append-only for the runtime role (and the trigger refuses any change anyway)
      GRANT SELECT, INSERT ON evaluation_report_version TO jixiao_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE IF EXISTS evaluation_report_version, evaluation_report_draft;
      DROP FUNCTION IF EXISTS report_version_immutable();
    `);
  }
}
