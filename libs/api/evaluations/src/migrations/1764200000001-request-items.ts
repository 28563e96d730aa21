import type { MigrationInterface, QueryRunner } from 'typeorm';

const PARTIES = `(SELECT app_org()) IN (bureau_org_id, firm_org_id, unit_org_id)`;
const FIRM = `firm_org_id = (SELECT app_org())`;
const UNIT = `unit_org_id = (SELECT app_org())`;
const TABLES = [
  'evaluation_request_item',
  'evaluation_request_answer',
  'evaluation_request_file',
  'evaluation_request_event',
];

/**
 * The request list (资料清单): items the firm writes (what, why, indicators, due date, its decisions),
 * answers and their files the unit writes (one answer per round; a rejection or 补充资料 opens the next
 * round), and each item's append-only history. Party columns on every row; RLS checks columns only.
 * A draft answer is the unit's own until submitted, and frozen once submitted.
 */
export class RequestItems1764200000001 implements MigrationInterface {
  name = 'RequestItems1764200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evaluation_request_item (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        seq integer NOT NULL CHECK (seq > 0),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
        indicator_ids text[] NOT NULL DEFAULT '{}' CHECK (cardinality(indicator_ids) <= 50),
        due_date date,
        required boolean NOT NULL DEFAULT true,
        state text NOT NULL DEFAULT 'draft'
          CHECK (state IN ('draft', 'sent', 'accepted', 'more_requested', 'rejected', 'waived')),
        round integer NOT NULL DEFAULT 1 CHECK (round > 0),
        decision_reason text CHECK (length(decision_reason) <= 2000),
        sent_at timestamptz,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        PRIMARY KEY (bureau_org_id, id),
        UNIQUE (bureau_org_id, evaluation_id, seq),
        FOREIGN KEY (bureau_org_id, evaluation_id) REFERENCES evaluation (bureau_org_id, id),
        CHECK ((state = 'draft') = (sent_at IS NULL))
      );

      CREATE TABLE evaluation_request_answer (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        item_id uuid NOT NULL,
        round integer NOT NULL CHECK (round > 0),
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        explanation text NOT NULL DEFAULT '' CHECK (length(explanation) <= 5000),
        updated_by uuid NOT NULL,
        updated_by_name text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        submitted_by_name text,
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        PRIMARY KEY (bureau_org_id, item_id, round),
        FOREIGN KEY (bureau_org_id, item_id) REFERENCES evaluation_request_item (bureau_org_id, id),
        CHECK ((submitted_at IS NULL) = (submitted_by_name IS NULL))
      );
      CREATE INDEX evaluation_request_answer_evaluation_idx
        ON evaluation_request_answer (bureau_org_id, evaluation_id);

      CREATE TABLE evaluation_request_file (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        item_id uuid NOT NULL,
        round integer NOT NULL,
        file_id uuid NOT NULL,
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bureau_org_id, item_id, round, file_id),
        FOREIGN KEY (bureau_org_id, item_id, round)
          REFERENCES evaluation_request_answer (bureau_org_id, item_id, round),
        FOREIGN KEY (bureau_org_id, file_id) REFERENCES evaluation_file (bureau_org_id, id)
      );
      CREATE INDEX evaluation_request_file_evaluation_idx ON evaluation_request_file (bureau_org_id, evaluation_id);

      CREATE TABLE evaluation_request_event (
        bureau_org_id uuid NOT NULL,
        evaluation_id uuid NOT NULL,
        item_id uuid NOT NULL,
        seq integer NOT NULL CHECK (seq > 0),
        firm_org_id uuid NOT NULL,
        unit_org_id uuid NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid NOT NULL,
        actor_org_id uuid NOT NULL,
        actor_name text NOT NULL,
        actor_org_name text NOT NULL,
        event text NOT NULL
          CHECK (event IN ('send', 'edited', 'submit', 'accept', 'reject', 'ask_more', 'waive')),
        round integer NOT NULL CHECK (round > 0),
        comment text CHECK (length(comment) <= 2000),
        PRIMARY KEY (bureau_org_id, item_id, seq),
        FOREIGN KEY (bureau_org_id, item_id) REFERENCES evaluation_request_item (bureau_org_id, id),
        CHECK (actor_org_id IN (firm_org_id, unit_org_id))
      );
    `);

    await queryRunner.query(`
      -- Items and decisions: the firm writes; the bureau and the unit read them once sent.
      ALTER TABLE evaluation_request_item ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_request_item FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_request_item_party_read ON evaluation_request_item FOR SELECT
        USING (${FIRM} OR (state <> 'draft' AND ${PARTIES}));
      CREATE POLICY evaluation_request_item_firm_write ON evaluation_request_item FOR ALL
        USING (${FIRM}) WITH CHECK (${FIRM});

      -- Answers: the unit writes; its draft is its own until submitted, then frozen and shared.
      ALTER TABLE evaluation_request_answer ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_request_answer FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_request_answer_read ON evaluation_request_answer FOR SELECT
        USING (${UNIT} OR (submitted_at IS NOT NULL AND ${PARTIES}));
      CREATE POLICY evaluation_request_answer_unit_insert ON evaluation_request_answer FOR INSERT
        WITH CHECK (${UNIT});
      CREATE POLICY evaluation_request_answer_unit_update ON evaluation_request_answer FOR UPDATE
        USING (${UNIT} AND submitted_at IS NULL) WITH CHECK (${UNIT});

      -- The files of an answer: the unit links them (the file rows themselves are shared).
      ALTER TABLE evaluation_request_file ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_request_file FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_request_file_party_read ON evaluation_request_file FOR SELECT USING (${PARTIES});
      CREATE POLICY evaluation_request_file_unit_insert ON evaluation_request_file FOR INSERT WITH CHECK (${UNIT});
      CREATE POLICY evaluation_request_file_unit_delete ON evaluation_request_file FOR DELETE USING (${UNIT});

      -- History: append-only; each party writes its own entries.
      ALTER TABLE evaluation_request_event ENABLE ROW LEVEL SECURITY;
      ALTER TABLE evaluation_request_event FORCE ROW LEVEL SECURITY;
      CREATE POLICY evaluation_request_event_party_read ON evaluation_request_event FOR SELECT USING (${PARTIES});
      CREATE POLICY evaluation_request_event_actor_insert ON evaluation_request_event FOR INSERT
        WITH CHECK (actor_org_id = (SELECT app_org()) AND ${PARTIES});

      GRANT SELECT, INSERT, UPDATE, DELETE ON evaluation_request_item TO jixiao_app;
      GRANT SELECT, INSERT, UPDATE ON evaluation_request_answer TO jixiao_app;
      GRANT SELECT, INSERT, DELETE ON evaluation_request_file TO jixiao_app;
      GRANT SELECT, INSERT ON evaluation_request_event TO jixiao_app;
    `);
    for (const table of TABLES) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_frozen_when_archived BEFORE INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION evaluation_child_frozen();
      `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS ${[...TABLES].reverse().join(', ')}`);
  }
}
