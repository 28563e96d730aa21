import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A unit belongs to one finance bureau (set by the platform operator at onboarding); the bureau may
 * read its units' organisation rows. Idempotency keys let a client retry a change without applying it twice.
 */
export class UnitsAndIdempotency1764000000000 implements MigrationInterface {
  name = 'UnitsAndIdempotency1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organisation ADD COLUMN parent_bureau_id uuid REFERENCES organisation (id);
      ALTER TABLE organisation ADD CONSTRAINT organisation_parent_only_for_units
        CHECK (parent_bureau_id IS NULL OR kind = 'unit');
      CREATE INDEX organisation_parent_bureau_idx ON organisation (parent_bureau_id) WHERE parent_bureau_id IS NOT NULL;
      CREATE POLICY organisation_read_own_units ON organisation FOR SELECT
        USING (parent_bureau_id = (SELECT app_org()));

      -- Keyed by the caller (organisation, user, key), as the Idempotency-Key draft asks.
      CREATE TABLE idempotency_key (
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        user_id uuid NOT NULL,
        key uuid NOT NULL,
        fingerprint char(64) NOT NULL,
        status_code integer NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, user_id, key)
      );
      CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
      ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY;
      ALTER TABLE idempotency_key FORCE ROW LEVEL SECURITY;
      CREATE POLICY idempotency_key_own ON idempotency_key FOR ALL
        USING (organisation_id = (SELECT app_org()))
        WITH CHECK (organisation_id = (SELECT app_org()));
      GRANT SELECT, INSERT, DELETE ON idempotency_key TO jixiao_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE IF EXISTS idempotency_key;
      DROP POLICY IF EXISTS organisation_read_own_units ON organisation;
      ALTER TABLE organisation DROP COLUMN IF EXISTS parent_bureau_id;
    `);
  }
}
