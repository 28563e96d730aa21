import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The indicator-system library: templates owned by an organisation, each with immutable versions.
 * An evaluation adopting a template will copy the version's framework, so later edits never reach it.
 */
export class FrameworkTemplates1763900000000 implements MigrationInterface {
  name = 'FrameworkTemplates1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE framework_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
        current_version integer NOT NULL DEFAULT 1 CHECK (current_version > 0),
        copied_from text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid,
        UNIQUE (organisation_id, id)
      );
      CREATE INDEX framework_template_org_idx ON framework_template (organisation_id, updated_at DESC);

      CREATE TABLE framework_template_version (
        organisation_id uuid NOT NULL,
        template_id uuid NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        framework jsonb NOT NULL,
        note text NOT NULL DEFAULT '',
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (template_id, version),
        FOREIGN KEY (organisation_id, template_id) REFERENCES framework_template (organisation_id, id)
      );

      ALTER TABLE framework_template ENABLE ROW LEVEL SECURITY;
      ALTER TABLE framework_template FORCE ROW LEVEL SECURITY;
      CREATE POLICY framework_template_own_org ON framework_template FOR ALL
        USING (organisation_id = (SELECT app_org()))
        WITH CHECK (organisation_id = (SELECT app_org()));

      ALTER TABLE framework_template_version ENABLE ROW LEVEL SECURITY;
      ALTER TABLE framework_template_version FORCE ROW LEVEL SECURITY;
      CREATE POLICY framework_template_version_own_org ON framework_template_version FOR ALL
        USING (organisation_id = (SELECT app_org()))
        WITH CHECK (organisation_id = (SELECT app_org()));

      GRANT SELECT, INSERT, UPDATE ON framework_template TO jixiao_app;
      -- Versions are immutable once written.
      GRANT SELECT, INSERT ON framework_template_version TO jixiao_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS framework_template_version, framework_template`);
  }
}
