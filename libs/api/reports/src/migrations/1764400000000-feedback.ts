import type { MigrationInterface, QueryRunner } from 'typeorm';

const PARTIES = `(SELECT app_org()) IN (bureau_org_id, firm_org_id, unit_org_id)`;
const FIRM = `firm_org_id = (SELECT app_org())`;
const UNIT = `unit_org_id = (SELECT app_org())`;
const AUTHOR = `author_org_id = (SELECT app_org())`;

/**
 * Feedback (征求意见, issue 11) on the 交换意见稿: the unit's form (附件2), the opinions of the unit and
 * the bureau, and the firm's answers. The firm opens the form when it sends the 交换意见稿; the unit fills
 * it until its head signs; after the signature neither the form nor the unit's opinions change (row-level
 * security and triggers, not only the API). The bureau may add its own opinions; only the firm answers.
 * All three parties read everything. Nothing of an archived evaluation changes.
 */
export class Feedback1764400000000 implements MigrationInterface {
  name = 'Feedback1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evaluation_feedback_form (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        report_version_id uuid NOT NULL,
        period text NOT NULL,
        evaluation_dates text NOT NULL,
        firm_contact text NOT NULL CHECK (length(firm_contact) <= 100),
        firm_phone text NOT NULL CHECK (length(firm_phone) <= 40),
        unit_contact text NOT NULL DEFAULT '' CHECK (length(unit_contact) <= 100),
        unit_phone text NOT NULL DEFAULT '' CHECK (length(unit_phone) <= 40),
        no_opinion boolean NOT NULL DEFAULT false,
        filled_on date,
        due_date date NOT NULL,
        signed_by_user_id uuid,
        signed_by_name text,
        signed_at timestamptz,
        scan_file_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        PRIMARY KEY (bureau_org_id, evaluation_id),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id),
        FOREIGN KEY (bureau_org_id, report_version_id) REFERENCES evaluation_report_version (bureau_org_id, id),
        FOREIGN KEY (unit_org_id, signed_by_user_id) REFERENCES app_user (organisation_id, id),
        FOREIGN KEY (bureau_org_id, scan_file_id) REFERENCES evaluation_file (bureau_org_id, id),
        CHECK ((signed_at IS NULL) = (signed_by_user_id IS NULL) AND (signed_at IS NULL) = (signed_by_name IS NULL))
      );

      CREATE TABLE evaluation_feedback_opinion (
        bureau_org_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        author_org_id uuid NOT NULL,
        anchor text NOT NULL CHECK (anchor ~ '^(slot|indicator):' AND length(anchor) <= 200),
        text text NOT NULL CHECK (length(btrim(text)) > 0 AND length(text) <= 4000),
        created_by_user_id uuid NOT NULL,
        created_by_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        PRIMARY KEY (bureau_org_id, id),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation_feedback_form (bureau_org_id, evaluation_id),
        FOREIGN KEY (author_org_id, created_by_user_id) REFERENCES app_user (organisation_id, id),
        CHECK (author_org_id IN (bureau_org_id, unit_org_id))
      );
      CREATE INDEX evaluation_feedback_opinion_evaluation_idx
        ON evaluation_feedback_opinion (bureau_org_id, evaluation_id, created_at);

      CREATE TABLE evaluation_feedback_answer (
        bureau_org_id uuid NOT NULL,
        opinion_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        decision text NOT NULL CHECK (decision IN ('adopted', 'partly_adopted', 'rejected')),
        reason text NOT NULL CHECK (length(btrim(reason)) > 0 AND length(reason) <= 4000),
        changes jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(changes) = 'array'),
        answered_by_user_id uuid NOT NULL,
        answered_by_name text NOT NULL,
        answered_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        PRIMARY KEY (bureau_org_id, opinion_id),
        -- an answered opinion cannot be deleted (no cascade)
        FOREIGN KEY (bureau_org_id, opinion_id) REFERENCES evaluation_feedback_opinion (bureau_org_id, id),
        FOREIGN KEY (firm_org_id, answered_by_user_id) REFERENCES app_user (organisation_id, id),
        CHECK (decision = 'rejected' OR jsonb_array_length(changes) > 0),
        CHECK (decision <> 'rejected' OR jsonb_array_length(changes) = 0)
      );
      CREATE INDEX evaluation_feedback_answer_evaluation_idx ON evaluation_feedback_answer (bureau_org_id, evaluation_id);

      -- The unit changes only its own part of the form, and nothing once its head signed.
      CREATE FUNCTION feedback_form_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.signed_at IS NOT NULL THEN
          RAISE EXCEPTION 'the feedback form is signed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF (NEW.bureau_org_id, NEW.evaluation_id, NEW.firm_org_id, NEW.unit_org_id, NEW.report_version_id,
            NEW.period, NEW.evaluation_dates, NEW.firm_contact, NEW.firm_phone, NEW.due_date, NEW.created_at)
           IS DISTINCT FROM
           (OLD.bureau_org_id, OLD.evaluation_id, OLD.firm_org_id, OLD.unit_org_id, OLD.report_version_id,
            OLD.period, OLD.evaluation_dates, OLD.firm_contact, OLD.firm_phone, OLD.due_date, OLD.created_at) THEN
          RAISE EXCEPTION 'only the unit''s part of the feedback form changes' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER evaluation_feedback_form_guard BEFORE UPDATE ON evaluation_feedback_form
        FOR EACH ROW EXECUTE FUNCTION feedback_form_guard();
      CREATE TRIGGER evaluation_feedback_form_no_delete BEFORE DELETE ON evaluation_feedback_form
        FOR EACH ROW EXECUTE FUNCTION feedback_form_guard();

      -- The unit's opinions are frozen once its head signed the form.
      CREATE FUNCTION feedback_unit_opinion_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        subject evaluation_feedback_opinion := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      BEGIN
        IF (TG_OP <> 'INSERT' AND OLD.author_org_id = OLD.unit_org_id OR subject.author_org_id = subject.unit_org_id)
           AND EXISTS (SELECT 1 FROM evaluation_feedback_form f
                        WHERE f.bureau_org_id = subject.bureau_org_id AND f.evaluation_id = subject.evaluation_id
                          AND f.signed_at IS NOT NULL) THEN
          RAISE EXCEPTION 'the unit''s opinions are signed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN subject;
      END $$;
      CREATE TRIGGER evaluation_feedback_opinion_signed BEFORE INSERT OR UPDATE OR DELETE
        ON evaluation_feedback_opinion FOR EACH ROW EXECUTE FUNCTION feedback_unit_opinion_frozen();

      ALTER TABLE evaluation_feedback_form ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_feedback_form FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_feedback_form_read ON evaluation_feedback_form FOR SELECT USING (${PARTIES});
      CREATE POLICY evaluation_feedback_form_open ON evaluation_feedback_form FOR INSERT WITH CHECK (${FIRM});
      CREATE POLICY evaluation_feedback_form_fill ON evaluation_feedback_form FOR UPDATE
        USING (${UNIT} AND signed_at IS NULL) WITH CHECK (${UNIT});

      ALTER TABLE evaluation_feedback_opinion ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_feedback_opinion FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_feedback_opinion_read ON evaluation_feedback_opinion FOR SELECT USING (${PARTIES});
      CREATE POLICY evaluation_feedback_opinion_write ON evaluation_feedback_opinion FOR INSERT
        WITH CHECK (${AUTHOR} AND (SELECT app_org()) IN (bureau_org_id, unit_org_id));
      CREATE POLICY evaluation_feedback_opinion_edit ON evaluation_feedback_opinion FOR UPDATE
        USING (${AUTHOR}) WITH CHECK (${AUTHOR});
      CREATE POLICY evaluation_feedback_opinion_delete ON evaluation_feedback_opinion FOR DELETE USING (${AUTHOR});

      ALTER TABLE evaluation_feedback_answer ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_feedback_answer FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_feedback_answer_read ON evaluation_feedback_answer FOR SELECT USING (${PARTIES});
      CREATE POLICY evaluation_feedback_answer_insert ON evaluation_feedback_answer FOR INSERT WITH CHECK (${FIRM});
      CREATE POLICY evaluation_feedback_answer_update ON evaluation_feedback_answer FOR UPDATE
        USING (${FIRM}) WITH CHECK (${FIRM});
    `);
    for (const table of [
      'evaluation_feedback_form',
      'evaluation_feedback_opinion',
      'evaluation_feedback_answer',
    ]) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_frozen_when_archived BEFORE INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION evaluation_child_frozen();
      `);
    }
    await queryRunner.query(`
      GRANT SELECT, INSERT, UPDATE ON evaluation_feedback_form TO jixiao_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON evaluation_feedback_opinion TO jixiao_app;
      GRANT SELECT, INSERT, UPDATE ON evaluation_feedback_answer TO jixiao_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE IF EXISTS evaluation_feedback_answer, evaluation_feedback_opinion, evaluation_feedback_form;
      DROP FUNCTION IF EXISTS feedback_unit_opinion_frozen();
      DROP FUNCTION IF EXISTS feedback_form_guard();
    `);
  }
}
