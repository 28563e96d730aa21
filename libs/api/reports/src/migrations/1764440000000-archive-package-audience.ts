import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two archive packages per evaluation (issue 11, 09 三级复核): the firm's engagement file (`firm`, with
 * the review notes, which are internal to the firm) and the commissioning bureau's copy (`bureau`, the
 * same folders, section 09 with the sign-offs only). Each is its own zip with its own manifest and hash,
 * so both verify. The firm reads both; the bureau reads only its copy (row-level security), so the
 * review notes never reach it, by SQL either. The existing rows are the firm's packages.
 */
export class ArchivePackageAudience1764440000000 implements MigrationInterface {
  name = 'ArchivePackageAudience1764440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE evaluation_archive_package
        ADD COLUMN audience text NOT NULL DEFAULT 'firm' CHECK (audience IN ('firm', 'bureau'));
      ALTER TABLE evaluation_archive_package ALTER COLUMN audience DROP DEFAULT;
      ALTER TABLE evaluation_archive_package DROP CONSTRAINT evaluation_archive_package_pkey;
      ALTER TABLE evaluation_archive_package ADD PRIMARY KEY (bureau_org_id, evaluation_id, audience);

      CREATE OR REPLACE FUNCTION archive_package_final() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'an archive package is never deleted' USING ERRCODE = 'check_violation';
        END IF;
        IF OLD.status = 'ready' THEN
          RAISE EXCEPTION 'a ready archive package is immutable' USING ERRCODE = 'check_violation';
        END IF;
        IF (NEW.bureau_org_id, NEW.evaluation_id, NEW.audience, NEW.firm_org_id, NEW.unit_org_id, NEW.requested_by,
            NEW.created_at)
           IS DISTINCT FROM (OLD.bureau_org_id, OLD.evaluation_id, OLD.audience, OLD.firm_org_id, OLD.unit_org_id,
                             OLD.requested_by, OLD.created_at) THEN
          RAISE EXCEPTION 'an archive package keeps its evaluation and request' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $f$;

      DROP POLICY evaluation_archive_package_read ON evaluation_archive_package;
      CREATE POLICY evaluation_archive_package_read ON evaluation_archive_package FOR SELECT
        USING (firm_org_id = (SELECT app_org())
               OR (bureau_org_id = (SELECT app_org()) AND audience = 'bureau'));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM evaluation_archive_package WHERE audience = 'bureau';
      DROP POLICY evaluation_archive_package_read ON evaluation_archive_package;
      CREATE POLICY evaluation_archive_package_read ON evaluation_archive_package FOR SELECT
        USING ((SELECT app_org()) IN (bureau_org_id, firm_org_id));
      ALTER TABLE evaluation_archive_package DROP CONSTRAINT evaluation_archive_package_pkey;
      ALTER TABLE evaluation_archive_package ADD PRIMARY KEY (bureau_org_id, evaluation_id);
      ALTER TABLE evaluation_archive_package DROP COLUMN audience;
    `);
  }
}
