import type { MigrationInterface, QueryRunner } from 'typeorm';

const FIRM_OR_BUREAU = `(SELECT app_org()) IN (bureau_org_id, firm_org_id)`;

/**
 * The archive package (归档包, issue 11): one per archived evaluation, assembled by the `archive.build`
 * job after the ARCHIVE transition commits. The firm's archivist inserts it (queued) in the transition's
 * transaction; only the job (owner connection) moves it on: building with progress, then ready with the
 * stored zip's key, size, SHA-256 and manifest — or failed, and built again on the job's retry. Once
 * ready it never changes and no row is ever deleted (trigger, for the owner too).
 *
 * It deliberately does NOT carry `evaluation_child_frozen()`: it is written after the evaluation is
 * archived, which that trigger exists to refuse. Its own trigger gives it the same finality once ready.
 * The firm and the commissioning bureau see it; the unit does not (it is the firm's engagement file).
 */
export class ArchivePackage1764430000000 implements MigrationInterface {
  name = 'ArchivePackage1764430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evaluation_archive_package (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'building', 'ready', 'failed')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        failure text CHECK (length(failure) <= 2000),
        storage_key text UNIQUE,
        file_name text CHECK (length(file_name) BETWEEN 1 AND 255),
        size bigint CHECK (size >= 0),
        sha256 char(64) CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        manifest jsonb,
        requested_by uuid NOT NULL,
        requested_by_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        built_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bureau_org_id, evaluation_id),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id),
        CHECK ((status = 'ready') = (storage_key IS NOT NULL AND size IS NOT NULL AND sha256 IS NOT NULL
                                     AND manifest IS NOT NULL AND built_at IS NOT NULL AND file_name IS NOT NULL)),
        CHECK ((status = 'failed') = (failure IS NOT NULL))
      );

      CREATE FUNCTION archive_package_final() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'an archive package is never deleted' USING ERRCODE = 'check_violation';
        END IF;
        IF OLD.status = 'ready' THEN
          RAISE EXCEPTION 'a ready archive package is immutable' USING ERRCODE = 'check_violation';
        END IF;
        IF (NEW.bureau_org_id, NEW.evaluation_id, NEW.firm_org_id, NEW.unit_org_id, NEW.requested_by, NEW.created_at)
           IS DISTINCT FROM (OLD.bureau_org_id, OLD.evaluation_id, OLD.firm_org_id, OLD.unit_org_id, OLD.requested_by, OLD.created_at) THEN
          RAISE EXCEPTION 'an archive package keeps its evaluation and request' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER evaluation_archive_package_final BEFORE UPDATE OR DELETE ON evaluation_archive_package
        FOR EACH ROW EXECUTE FUNCTION archive_package_final();

      -- Inserted only for an evaluation that is archived (the ARCHIVE transition writes the status first).
      CREATE FUNCTION archive_package_for_archived() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.bureau_org_id = NEW.bureau_org_id
                          AND e.id = NEW.evaluation_id AND e.status = 'archived'
                          AND e.firm_org_id = NEW.firm_org_id AND e.unit_org_id = NEW.unit_org_id) THEN
          RAISE EXCEPTION 'an archive package is only for an archived evaluation' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER evaluation_archive_package_for_archived BEFORE INSERT ON evaluation_archive_package
        FOR EACH ROW EXECUTE FUNCTION archive_package_for_archived();

      ALTER TABLE evaluation_archive_package ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_archive_package FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_archive_package_read ON evaluation_archive_package FOR SELECT
        USING (${FIRM_OR_BUREAU});
      CREATE POLICY evaluation_archive_package_firm_insert ON evaluation_archive_package FOR INSERT
        WITH CHECK (firm_org_id = (SELECT app_org()) AND status = 'queued');
      -- The runtime role only reads and queues (in the ARCHIVE transition); the job writes the rest.
      GRANT SELECT, INSERT ON evaluation_archive_package TO jixiao_app;

    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE IF EXISTS evaluation_archive_package;
      DROP FUNCTION IF EXISTS archive_package_final();
      DROP FUNCTION IF EXISTS archive_package_for_archived();
    `);
  }
}
