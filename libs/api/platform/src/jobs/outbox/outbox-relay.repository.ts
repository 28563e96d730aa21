import type { OwnerSql } from '../owner-database';
import type { OutboxMessage } from './outbox-planners';

/** A message the relay gave up on after this many failed attempts is left for the operator. */
export const OUTBOX_MAX_ATTEMPTS = 5;

interface OutboxRow {
  id: string;
  organisation_id: string;
  kind: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

function toMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    kind: row.kind,
    payload: row.payload,
    createdAt: row.created_at,
  };
}

/** The relay's SQL on `outbox_message` (owner connection, across organisations). */
export const outboxRelayRepository = {
  /** Claims up to `limit` undelivered messages; a second relay skips them (FOR UPDATE SKIP LOCKED). */
  async claim(db: OwnerSql, limit: number): Promise<OutboxMessage[]> {
    const rows = await db.query<OutboxRow>(
      `SELECT id, organisation_id, kind, payload, created_at FROM outbox_message
        WHERE processed_at IS NULL AND attempts < $2
        ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit, OUTBOX_MAX_ATTEMPTS],
    );
    return rows.map(toMessage);
  },

  async markProcessed(db: OwnerSql, id: string): Promise<void> {
    await db.query(`UPDATE outbox_message SET processed_at = now() WHERE id = $1`, [id]);
  },

  async markFailed(db: OwnerSql, id: string, error: string): Promise<void> {
    await db.query(`UPDATE outbox_message SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
      id,
      error.slice(0, 2000),
    ]);
  },
};
