import type { MigrationInterface, QueryRunner } from 'typeorm';

const FIRM = `firm_org_id = (SELECT app_org())`;

/**
 * The firm's internal review (三级复核, issue 11), all firm-internal (the unit and the bureau read none of
 * it, even by SQL as the runtime role; they see the progress in the evaluation's snapshot):
 * - `firm_review_level`: the firm's levels and their titles (none stored = the default three);
 * - `evaluation_report_author`: who wrote the report — filled by triggers when a user saves the narrative
 *   (`app.user_id` of the transaction) or creates a version (`created_by_user_id`);
 * - `evaluation_review_round`: one per SUBMIT_FOR_REVIEW, with the number of levels fixed at its start;
 * - `evaluation_review_signoff`: one signature per level of a round (PK), one level per person per
 *   round (UNIQUE), the report version signed and its hash; a trigger refuses an author, a signer
 *   without the firm's `reviewer` role, a level before the previous one, a closed round and open notes;
 *   sign-offs never change;
 * - `evaluation_review_note`: review notes (复核意见) anchored to a section or an indicator, open/resolved.
 */
export class Review1764410000000 implements MigrationInterface {
  name = 'Review1764410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE firm_review_level (
        firm_org_id uuid NOT NULL REFERENCES organisation (id),
        level integer NOT NULL CHECK (level BETWEEN 1 AND 5),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 40),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (firm_org_id, level)
      );

      CREATE TABLE evaluation_report_author (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        user_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        first_authored_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bureau_org_id, evaluation_id, user_id),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id),
        FOREIGN KEY (firm_org_id, user_id) REFERENCES app_user (organisation_id, id)
      );

      CREATE TABLE evaluation_review_round (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        round integer NOT NULL CHECK (round > 0),
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        levels integer NOT NULL CHECK (levels BETWEEN 1 AND 5),
        level_titles text[] NOT NULL CHECK (cardinality(level_titles) = levels),
        started_at timestamptz NOT NULL DEFAULT now(),
        started_by_name text NOT NULL,
        closed_at timestamptz,
        outcome text CHECK (outcome IN ('returned', 'issued', 'superseded')),
        return_reason text CHECK (length(return_reason) <= 2000),
        returned_by_name text,
        PRIMARY KEY (bureau_org_id, evaluation_id, round),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id),
        CHECK ((closed_at IS NULL) = (outcome IS NULL))
      );
      CREATE UNIQUE INDEX evaluation_review_round_one_open
        ON evaluation_review_round (bureau_org_id, evaluation_id) WHERE closed_at IS NULL;

      CREATE TABLE evaluation_review_signoff (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        round integer NOT NULL,
        level integer NOT NULL CHECK (level BETWEEN 1 AND 5),
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        signer_user_id uuid NOT NULL,
        signer_name text NOT NULL,
        report_version_id uuid NOT NULL,
        content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
        signed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bureau_org_id, evaluation_id, round, level),
        CONSTRAINT evaluation_review_signoff_one_level_per_person
          UNIQUE (bureau_org_id, evaluation_id, round, signer_user_id),
        FOREIGN KEY (bureau_org_id, evaluation_id, round)
          REFERENCES evaluation_review_round (bureau_org_id, evaluation_id, round),
        FOREIGN KEY (firm_org_id, signer_user_id) REFERENCES app_user (organisation_id, id),
        FOREIGN KEY (bureau_org_id, report_version_id) REFERENCES evaluation_report_version (bureau_org_id, id)
      );

      CREATE TABLE evaluation_review_note (
        bureau_org_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        round integer NOT NULL,
        level integer NOT NULL CHECK (level BETWEEN 1 AND 5),
        anchor text NOT NULL CHECK (anchor ~ '^(section|indicator):[^[:space:]]{1,64}$'),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        author_user_id uuid NOT NULL,
        author_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_by_name text,
        resolved_at timestamptz,
        resolution text CHECK (length(resolution) <= 2000),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        PRIMARY KEY (bureau_org_id, id),
        FOREIGN KEY (bureau_org_id, evaluation_id, round)
          REFERENCES evaluation_review_round (bureau_org_id, evaluation_id, round),
        FOREIGN KEY (firm_org_id, author_user_id) REFERENCES app_user (organisation_id, id),
        CHECK ((status = 'open') = (resolved_at IS NULL))
      );
      CREATE INDEX evaluation_review_note_open_idx
        ON evaluation_review_note (bureau_org_id, evaluation_id) WHERE status = 'open';

      -- Who wrote the report: the user of the transaction that saved the narrative, the creator of a version.
      CREATE FUNCTION report_author_record(p_row evaluation_report_author) RETURNS void LANGUAGE sql AS $f$
        INSERT INTO evaluation_report_author (bureau_org_id, evaluation_id, user_id, firm_org_id, unit_org_id)
        VALUES (p_row.bureau_org_id, p_row.evaluation_id, p_row.user_id, p_row.firm_org_id, p_row.unit_org_id)
        ON CONFLICT DO NOTHING
      $f$;
      CREATE FUNCTION report_draft_authorship() RETURNS trigger LANGUAGE plpgsql AS $f$
      DECLARE
        author uuid := nullif(current_setting('app.user_id', true), '')::uuid;
      BEGIN
        IF author IS NOT NULL THEN
          PERFORM report_author_record(ROW(NEW.bureau_org_id, NEW.evaluation_id, author, NEW.firm_org_id,
                                           NEW.unit_org_id, now())::evaluation_report_author);
        END IF;
        RETURN NEW;
      END $f$;
      CREATE FUNCTION report_version_authorship() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        PERFORM report_author_record(ROW(NEW.bureau_org_id, NEW.evaluation_id, NEW.created_by_user_id,
                                         NEW.firm_org_id, NEW.unit_org_id, now())::evaluation_report_author);
        RETURN NEW;
      END $f$;
      CREATE TRIGGER evaluation_report_draft_authorship AFTER INSERT OR UPDATE ON evaluation_report_draft
        FOR EACH ROW EXECUTE FUNCTION report_draft_authorship();
      CREATE TRIGGER evaluation_report_version_authorship AFTER INSERT ON evaluation_report_version
        FOR EACH ROW EXECUTE FUNCTION report_version_authorship();
      INSERT INTO evaluation_report_author (bureau_org_id, evaluation_id, user_id, firm_org_id, unit_org_id)
        SELECT DISTINCT bureau_org_id, evaluation_id, created_by_user_id, firm_org_id, unit_org_id
          FROM evaluation_report_version
        ON CONFLICT DO NOTHING;

      -- Segregation of duties, in the database as well as the API.
      CREATE FUNCTION review_signoff_allowed() RETURNS trigger LANGUAGE plpgsql AS $f$
      DECLARE
        open_round evaluation_review_round%ROWTYPE;
      BEGIN
        SELECT * INTO open_round FROM evaluation_review_round r
         WHERE r.bureau_org_id = NEW.bureau_org_id AND r.evaluation_id = NEW.evaluation_id AND r.round = NEW.round;
        IF NOT FOUND OR open_round.closed_at IS NOT NULL OR NEW.level > open_round.levels THEN
          RAISE EXCEPTION 'review_signoff: round_closed' USING ERRCODE = 'check_violation';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.bureau_org_id = NEW.bureau_org_id
                        AND e.id = NEW.evaluation_id AND e.status = 'review' AND e.firm_org_id = NEW.firm_org_id) THEN
          RAISE EXCEPTION 'review_signoff: not_in_review' USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.level > 1 AND NOT EXISTS (SELECT 1 FROM evaluation_review_signoff s
             WHERE s.bureau_org_id = NEW.bureau_org_id AND s.evaluation_id = NEW.evaluation_id
               AND s.round = NEW.round AND s.level = NEW.level - 1) THEN
          RAISE EXCEPTION 'review_signoff: previous_level_unsigned' USING ERRCODE = 'check_violation';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM app_user u WHERE u.organisation_id = NEW.firm_org_id
                        AND u.id = NEW.signer_user_id AND u.status = 'active' AND 'reviewer' = ANY (u.roles)) THEN
          RAISE EXCEPTION 'review_signoff: not_reviewer' USING ERRCODE = 'check_violation';
        END IF;
        IF EXISTS (SELECT 1 FROM evaluation_report_author a WHERE a.bureau_org_id = NEW.bureau_org_id
                    AND a.evaluation_id = NEW.evaluation_id AND a.user_id = NEW.signer_user_id) THEN
          RAISE EXCEPTION 'review_signoff: reviewer_is_author' USING ERRCODE = 'check_violation';
        END IF;
        IF EXISTS (SELECT 1 FROM evaluation_review_note n WHERE n.bureau_org_id = NEW.bureau_org_id
                    AND n.evaluation_id = NEW.evaluation_id AND n.status = 'open') THEN
          RAISE EXCEPTION 'review_signoff: review_notes_open' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER evaluation_review_signoff_allowed BEFORE INSERT ON evaluation_review_signoff
        FOR EACH ROW EXECUTE FUNCTION review_signoff_allowed();

      CREATE FUNCTION review_signoff_immutable() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        RAISE EXCEPTION 'a review sign-off is immutable' USING ERRCODE = 'check_violation';
      END $f$;
      CREATE TRIGGER evaluation_review_signoff_immutable BEFORE UPDATE OR DELETE ON evaluation_review_signoff
        FOR EACH ROW EXECUTE FUNCTION review_signoff_immutable();
    `);
    await queryRunner.query(`
      ALTER TABLE firm_review_level ENABLE ROW LEVEL SECURITY;
      ALTER TABLE firm_review_level FORCE ROW LEVEL SECURITY;
      CREATE POLICY firm_review_level_own ON firm_review_level FOR ALL USING (${FIRM}) WITH CHECK (${FIRM});
    `);
    for (const table of [
      'evaluation_report_author',
      'evaluation_review_round',
      'evaluation_review_signoff',
      'evaluation_review_note',
    ]) {
      await queryRunner.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_firm_only ON ${table} FOR ALL USING (${FIRM}) WITH CHECK (${FIRM});
        CREATE TRIGGER ${table}_frozen_when_archived BEFORE INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION evaluation_child_frozen();
      `);
    }
    await queryRunner.query(`
      GRANT SELECT, INSERT, UPDATE, DELETE ON firm_review_level TO jixiao_app;
      GRANT SELECT, INSERT ON evaluation_report_author, evaluation_review_signoff TO jixiao_app;
      GRANT SELECT, INSERT, UPDATE ON evaluation_review_round, evaluation_review_note TO jixiao_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER IF EXISTS evaluation_report_draft_authorship ON evaluation_report_draft;
      DROP TRIGGER IF EXISTS evaluation_report_version_authorship ON evaluation_report_version;
      DROP TABLE IF EXISTS evaluation_review_note, evaluation_review_signoff, evaluation_review_round,
        evaluation_report_author, firm_review_level;
      DROP FUNCTION IF EXISTS report_draft_authorship(), report_version_authorship(),
        report_author_record(evaluation_report_author), review_signoff_allowed(), review_signoff_immutable();
    `);
  }
}
