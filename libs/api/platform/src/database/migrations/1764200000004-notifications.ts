import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification centre, the reminders' exactly-once guard and the outbox relay's bookkeeping
 * (issue 9, "Reminders and notifications").
 *
 * - `notification`: one row per user and message. The relay and the reminder job write it on the
 *   owner connection; the runtime role only reads and marks its own user's rows as read (RLS:
 *   organisation AND user). `dedupe_key` makes a second delivery of the same message a no-op.
 * - `reminder_sent`: (item key, day) is unique, so two workers remind once per due item per day.
 * - `outbox_message.attempts / last_error`: a message whose recipients cannot be worked out is retried
 *   a few times, then left for the operator instead of blocking the messages behind it.
 */
export class Notifications1764200000004 implements MigrationInterface {
  name = 'Notifications1764200000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        user_id uuid NOT NULL,
        code text NOT NULL CHECK (length(code) <= 100),
        params jsonb NOT NULL DEFAULT '{}',
        evaluation_id uuid,
        dedupe_key text NOT NULL CHECK (length(dedupe_key) <= 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        FOREIGN KEY (organisation_id, user_id) REFERENCES app_user (organisation_id, id),
        UNIQUE (user_id, dedupe_key)
      );
      CREATE INDEX notification_user_list_idx ON notification (user_id, created_at DESC, id DESC);
      CREATE INDEX notification_user_unread_idx ON notification (user_id) WHERE read_at IS NULL;

      ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
      ALTER TABLE notification FORCE ROW LEVEL SECURITY;
      CREATE POLICY notification_own_read ON notification FOR SELECT
        USING (organisation_id = (SELECT app_org())
               AND user_id = (SELECT nullif(current_setting('app.user_id', true), '')::uuid));
      CREATE POLICY notification_own_update ON notification FOR UPDATE
        USING (organisation_id = (SELECT app_org())
               AND user_id = (SELECT nullif(current_setting('app.user_id', true), '')::uuid))
        WITH CHECK (organisation_id = (SELECT app_org())
               AND user_id = (SELECT nullif(current_setting('app.user_id', true), '')::uuid));
      GRANT SELECT ON notification TO jixiao_app;
      GRANT UPDATE (read_at) ON notification TO jixiao_app;

      -- Written and read by the jobs only (owner connection): no grant to the runtime role.
      CREATE TABLE reminder_sent (
        item_key text NOT NULL CHECK (length(item_key) <= 200),
        day date NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (item_key, day)
      );
      ALTER TABLE reminder_sent ENABLE ROW LEVEL SECURITY;
      ALTER TABLE reminder_sent FORCE ROW LEVEL SECURITY;

      ALTER TABLE outbox_message
        ADD COLUMN attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN last_error text;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE outbox_message DROP COLUMN IF EXISTS attempts, DROP COLUMN IF EXISTS last_error;
      DROP TABLE IF EXISTS reminder_sent, notification;
    `);
  }
}
