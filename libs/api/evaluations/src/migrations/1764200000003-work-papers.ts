import type { MigrationInterface, QueryRunner } from 'typeorm';

const FIRM_ONLY = `firm_org_id = (SELECT app_org())`;

/**
 * Work papers (工作底稿): the firm's internal record per indicator or per topic, its attachments
 * (`evaluation_file` rows of purpose `work_paper`, internal to the firm) and an append-only history.
 *
 * Internal to the firm: every policy is `firm_org_id = app_org()`, so the unit and the bureau never
 * see a row, whatever the API does. The party columns stay on every row (the common shape and the
 * future distribution key). Nothing of an archived evaluation changes (`evaluation_child_frozen()`).
 */
export class WorkPapers1764200000003 implements MigrationInterface {
  name = 'WorkPapers1764200000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evaluation_work_paper (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        indicator_id text CHECK (length(indicator_id) BETWEEN 1 AND 100),
        topic text CHECK (length(topic) BETWEEN 1 AND 200),
        body text NOT NULL DEFAULT '' CHECK (length(body) <= 50000),
        author_user_id uuid NOT NULL,
        author_name text NOT NULL,
        reviewer_user_id uuid,
        reviewer_name text,
        reviewed_version integer,
        reviewed_at timestamptz,
        review_note text CHECK (length(review_note) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_name text NOT NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        PRIMARY KEY (bureau_org_id, id),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id),
        -- author and reviewer are users of the firm: never of the bureau or the unit
        FOREIGN KEY (firm_org_id, author_user_id) REFERENCES app_user (organisation_id, id),
        FOREIGN KEY (firm_org_id, reviewer_user_id) REFERENCES app_user (organisation_id, id),
        CHECK ((indicator_id IS NULL) <> (topic IS NULL)),
        CHECK ((reviewer_user_id IS NULL) = (reviewer_name IS NULL)),
        CHECK ((reviewed_at IS NULL) = (reviewed_version IS NULL)),
        CHECK (reviewed_at IS NULL OR reviewer_user_id IS NOT NULL)
      );
      CREATE INDEX evaluation_work_paper_evaluation_idx
        ON evaluation_work_paper (bureau_org_id, evaluation_id, updated_at DESC);

      CREATE TABLE evaluation_work_paper_file (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        paper_id uuid NOT NULL,
        file_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bureau_org_id, paper_id, file_id),
        UNIQUE (bureau_org_id, file_id),
        FOREIGN KEY (bureau_org_id, paper_id) REFERENCES evaluation_work_paper (bureau_org_id, id),
        FOREIGN KEY (bureau_org_id, file_id) REFERENCES evaluation_file (bureau_org_id, id)
      );

      CREATE TABLE evaluation_work_paper_history (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        paper_id uuid NOT NULL,
        seq integer NOT NULL CHECK (seq > 0),
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid NOT NULL,
        actor_name text NOT NULL,
        event text NOT NULL CHECK (event IN ('created', 'edited', 'reviewed', 'attachment_added')),
        version integer NOT NULL,
        -- the text as it stood after the event, so every version can be read back
        body text CHECK (length(body) <= 50000),
        note text CHECK (length(note) <= 2000),
        PRIMARY KEY (bureau_org_id, paper_id, seq),
        FOREIGN KEY (bureau_org_id, paper_id) REFERENCES evaluation_work_paper (bureau_org_id, id)
      );
    `);

    for (const table of [
      'evaluation_work_paper',
      'evaluation_work_paper_file',
      'evaluation_work_paper_history',
    ]) {
      await queryRunner.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_firm_only ON ${table} FOR ALL USING (${FIRM_ONLY}) WITH CHECK (${FIRM_ONLY});
        CREATE TRIGGER ${table}_frozen_when_archived BEFORE INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION evaluation_child_frozen();
      `);
    }

    await queryRunner.query(`
      -- A work paper's attachment is internal to the firm whatever the caller asks for.
      ALTER TABLE evaluation_file ADD CONSTRAINT evaluation_file_work_paper_internal
        CHECK (purpose <> 'work_paper' OR (visibility = 'internal' AND owner_org_id = firm_org_id));

      GRANT SELECT, INSERT, UPDATE ON evaluation_work_paper TO jixiao_app;
      -- links and history are append-only for the runtime role
      GRANT SELECT, INSERT ON evaluation_work_paper_file, evaluation_work_paper_history TO jixiao_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE evaluation_file DROP CONSTRAINT IF EXISTS evaluation_file_work_paper_internal;
      DROP TABLE IF EXISTS evaluation_work_paper_history, evaluation_work_paper_file, evaluation_work_paper;
    `);
  }
}
