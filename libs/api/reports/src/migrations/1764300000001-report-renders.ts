import type { MigrationInterface, QueryRunner } from 'typeorm';

const PARTIES = `(SELECT app_org()) IN (bureau_org_id, firm_org_id, unit_org_id)`;

/**
 * Rendered files of a saved report version (issue 10): one row per version and format with the job's
 * progress, and once done the `evaluation_file` (purpose `report_version`) served from storage from then
 * on. Requests insert a row (queued); only the render job (owner connection) moves it on.
 */
export class ReportRenders1764300000001 implements MigrationInterface {
  name = 'ReportRenders1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evaluation_report_render (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        version_id uuid NOT NULL,
        format text NOT NULL CHECK (format IN ('docx', 'pdf', 'xlsx')),
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'rendering', 'done', 'failed')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        file_id uuid,
        failure text CHECK (failure IN ('converter_missing', 'conversion_timeout', 'conversion_failed', 'render_failed')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bureau_org_id, version_id, format),
        FOREIGN KEY (bureau_org_id, version_id) REFERENCES evaluation_report_version (bureau_org_id, id),
        FOREIGN KEY (bureau_org_id, file_id) REFERENCES evaluation_file (bureau_org_id, id),
        CHECK ((status = 'done') = (file_id IS NOT NULL))
      );
      ALTER TABLE evaluation_report_render ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_report_render FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_report_render_party ON evaluation_report_render FOR ALL
        USING (${PARTIES}) WITH CHECK (${PARTIES});
      CREATE TRIGGER evaluation_report_render_frozen_when_archived BEFORE INSERT OR UPDATE OR DELETE
        ON evaluation_report_render FOR EACH ROW EXECUTE FUNCTION evaluation_child_frozen();
      -- a request may queue a render again after a failure; the job (owner) writes progress and the file
      GRANT SELECT, INSERT, UPDATE ON evaluation_report_render TO jixiao_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS evaluation_report_render`);
  }
}
