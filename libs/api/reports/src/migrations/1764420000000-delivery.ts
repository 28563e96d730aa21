import type { MigrationInterface, QueryRunner } from 'typeorm';

const PARTIES = `(SELECT app_org()) IN (bureau_org_id, firm_org_id, unit_org_id)`;

/**
 * Issue, acknowledge, archive and amendments (issue 11).
 *
 * - The delivery dates live on the evaluation and are written only by the database, when the status
 *   changes: `issued_at` and the archive deadline (归档期限, 60 days after issue) on ISSUE,
 *   `acknowledged_at` on ACKNOWLEDGE, `archived_at` and the retention period (保管期限, 10 years:
 *   `retain_until`) on ARCHIVE. A write of these columns by anyone else is ignored.
 * - An archived evaluation row can neither be updated nor deleted (a trigger, on top of the
 *   restrictive policy `evaluation_archived_frozen`), whatever the role.
 * - The history takes the ARCHIVE entry itself, then nothing more.
 * - Amendments (更正记录): the only record added to an archived evaluation; insert-only, written by
 *   the firm, read by the three parties, approved by a firm reviewer who is not its author.
 */
export class Delivery1764420000000 implements MigrationInterface {
  name = 'Delivery1764420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE evaluation
        ADD COLUMN issued_at timestamptz,
        ADD COLUMN archive_due_date date,
        ADD COLUMN acknowledged_at timestamptz,
        ADD COLUMN archived_at timestamptz,
        ADD COLUMN retain_until date,
        ADD CONSTRAINT evaluation_archive_dates CHECK ((archived_at IS NULL) = (retain_until IS NULL)),
        ADD CONSTRAINT evaluation_issue_dates CHECK ((issued_at IS NULL) = (archive_due_date IS NULL));

      -- The restrictive policy froze archived rows but, without WITH CHECK, also refused the ARCHIVE
      -- itself (a USING expression doubles as the check of the new row): only the old row decides.
      DROP POLICY evaluation_archived_frozen ON evaluation;
      CREATE POLICY evaluation_archived_frozen ON evaluation AS RESTRICTIVE FOR UPDATE
        USING (status <> 'archived') WITH CHECK (true);

      CREATE FUNCTION evaluation_delivery_dates() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          -- A new evaluation starts undelivered, whatever the insert says.
          NEW.issued_at := NULL;
          NEW.archive_due_date := NULL;
          NEW.acknowledged_at := NULL;
          NEW.archived_at := NULL;
          NEW.retain_until := NULL;
          RETURN NEW;
        END IF;
        IF OLD.status = 'archived' THEN
          RAISE EXCEPTION 'evaluation is archived' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        -- Only the status change writes the dates.
        NEW.issued_at := OLD.issued_at;
        NEW.archive_due_date := OLD.archive_due_date;
        NEW.acknowledged_at := OLD.acknowledged_at;
        NEW.archived_at := OLD.archived_at;
        NEW.retain_until := OLD.retain_until;
        IF NEW.status IS DISTINCT FROM OLD.status THEN
          IF NEW.status = 'issued' THEN
            NEW.issued_at := now();
            NEW.archive_due_date := current_date + 60;
            NEW.acknowledged_at := NULL;
          ELSIF NEW.status = 'acknowledged' THEN
            NEW.acknowledged_at := now();
          ELSIF NEW.status = 'archived' THEN
            NEW.archived_at := now();
            NEW.retain_until := (current_date + interval '10 years')::date;
          ELSIF OLD.status = 'issued' THEN
            -- returned (RETURN_ISSUED): the deadline runs again from the next issue
            NEW.issued_at := NULL;
            NEW.archive_due_date := NULL;
          END IF;
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER evaluation_delivery_dates BEFORE INSERT OR UPDATE OR DELETE ON evaluation
        FOR EACH ROW EXECUTE FUNCTION evaluation_delivery_dates();
      CREATE INDEX evaluation_archive_due_idx ON evaluation (archive_due_date)
        WHERE archive_due_date IS NOT NULL AND status IN ('issued', 'acknowledged');

      CREATE FUNCTION evaluation_history_frozen() RETURNS trigger LANGUAGE plpgsql AS $f$
      DECLARE
        row_bureau uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.bureau_org_id ELSE NEW.bureau_org_id END;
        row_evaluation uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.evaluation_id ELSE NEW.evaluation_id END;
      BEGIN
        IF EXISTS (SELECT 1 FROM evaluation e WHERE e.bureau_org_id = row_bureau AND e.id = row_evaluation
                    AND e.status = 'archived')
           AND NOT (TG_OP = 'INSERT' AND NEW.event = 'ARCHIVE' AND NEW.to_status = 'archived'
                    AND NOT EXISTS (SELECT 1 FROM evaluation_history h
                                     WHERE h.bureau_org_id = row_bureau AND h.evaluation_id = row_evaluation
                                       AND h.event = 'ARCHIVE')) THEN
          RAISE EXCEPTION 'evaluation is archived' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $f$;
      CREATE TRIGGER evaluation_history_frozen_when_archived BEFORE INSERT OR UPDATE OR DELETE
        ON evaluation_history FOR EACH ROW EXECUTE FUNCTION evaluation_history_frozen();

      CREATE TABLE evaluation_amendment (
        bureau_org_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        seq integer NOT NULL CHECK (seq > 0),
        correction text NOT NULL CHECK (length(correction) BETWEEN 1 AND 5000),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        conclusion_impact text NOT NULL CHECK (length(conclusion_impact) BETWEEN 1 AND 2000),
        conclusions_changed boolean NOT NULL,
        author_user_id uuid NOT NULL,
        author_name text NOT NULL,
        approver_user_id uuid NOT NULL,
        approver_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bureau_org_id, id),
        UNIQUE (bureau_org_id, evaluation_id, seq),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id),
        FOREIGN KEY (firm_org_id, author_user_id) REFERENCES app_user (organisation_id, id),
        FOREIGN KEY (firm_org_id, approver_user_id) REFERENCES app_user (organisation_id, id),
        CHECK (approver_user_id <> author_user_id)
      );

      -- An amendment corrects an archived evaluation, is approved by a firm reviewer, and never changes.
      CREATE FUNCTION evaluation_amendment_rules() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public, pg_temp AS $f$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          RAISE EXCEPTION 'an amendment is insert-only' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.bureau_org_id = NEW.bureau_org_id
                        AND e.id = NEW.evaluation_id AND e.status = 'archived'
                        AND e.firm_org_id = NEW.firm_org_id AND e.unit_org_id = NEW.unit_org_id) THEN
          RAISE EXCEPTION 'amendments are for archived evaluations' USING ERRCODE = 'check_violation';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM app_user u WHERE u.organisation_id = NEW.firm_org_id
                        AND u.id = NEW.approver_user_id AND u.status = 'active'
                        AND 'reviewer' = ANY (u.roles)) THEN
          RAISE EXCEPTION 'the approver is not a reviewer of the firm' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $f$;
      REVOKE ALL ON FUNCTION evaluation_amendment_rules() FROM PUBLIC;
      CREATE TRIGGER evaluation_amendment_rules BEFORE INSERT OR UPDATE OR DELETE ON evaluation_amendment
        FOR EACH ROW EXECUTE FUNCTION evaluation_amendment_rules();

      ALTER TABLE evaluation_amendment ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_amendment FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_amendment_party_read ON evaluation_amendment FOR SELECT USING (${PARTIES});
      CREATE POLICY evaluation_amendment_firm_insert ON evaluation_amendment FOR INSERT
        WITH CHECK (firm_org_id = (SELECT app_org()));
      GRANT SELECT, INSERT ON evaluation_amendment TO jixiao_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE IF EXISTS evaluation_amendment;
      DROP FUNCTION IF EXISTS evaluation_amendment_rules();
      DROP TRIGGER IF EXISTS evaluation_history_frozen_when_archived ON evaluation_history;
      DROP FUNCTION IF EXISTS evaluation_history_frozen();
      DROP TRIGGER IF EXISTS evaluation_delivery_dates ON evaluation;
      DROP FUNCTION IF EXISTS evaluation_delivery_dates();
      DROP INDEX IF EXISTS evaluation_archive_due_idx;
      DROP POLICY IF EXISTS evaluation_archived_frozen ON evaluation;
      CREATE POLICY evaluation_archived_frozen ON evaluation AS RESTRICTIVE FOR UPDATE USING (status <> 'archived');
      ALTER TABLE evaluation
        DROP CONSTRAINT IF EXISTS evaluation_archive_dates,
        DROP CONSTRAINT IF EXISTS evaluation_issue_dates,
        DROP COLUMN IF EXISTS issued_at,
        DROP COLUMN IF EXISTS archive_due_date,
        DROP COLUMN IF EXISTS acknowledged_at,
        DROP COLUMN IF EXISTS archived_at,
        DROP COLUMN IF EXISTS retain_until;
    `);
  }
}
