import type { OwnerSql } from '@jixiao/api-platform';
import { AWAITING_UNIT } from '@jixiao/domain';

/** A request item the unit still owes an answer to, with its due date (owner connection). */
export interface OwedRequestItem {
  id: string;
  title: string;
  dueDate: string;
  evaluationId: string;
}

interface OwedRow {
  id: string;
  title: string;
  due_date: string;
  evaluation_id: string;
}

/** SQL of the request-list notification planner and reminder source. */
export const requestRecipients = {
  async itemTitle(db: OwnerSql, itemId: string): Promise<string | undefined> {
    const [row] = await db.query<{ title: string }>(
      `SELECT title FROM evaluation_request_item WHERE id = $1`,
      [itemId],
    );
    return row?.title;
  },

  /**
   * Items of evaluations in fieldwork that wait for the unit (sent, rejected or needing more, and the
   * current round not submitted) and are due on or before `latest`.
   */
  async owedBy(db: OwnerSql, latest: string): Promise<OwedRequestItem[]> {
    const rows = await db.query<OwedRow>(
      `SELECT i.id, i.title, to_char(i.due_date, 'YYYY-MM-DD') AS due_date, i.evaluation_id
         FROM evaluation_request_item i
         JOIN evaluation e ON e.bureau_org_id = i.bureau_org_id AND e.id = i.evaluation_id
        WHERE e.status = 'fieldwork' AND i.due_date IS NOT NULL AND i.due_date <= $1::date
          AND i.state = ANY($2::text[])
          AND NOT EXISTS (SELECT 1 FROM evaluation_request_answer a
                           WHERE a.bureau_org_id = i.bureau_org_id AND a.item_id = i.id
                             AND a.round = i.round AND a.submitted_at IS NOT NULL)
        ORDER BY i.evaluation_id, i.seq`,
      [latest, AWAITING_UNIT],
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      dueDate: row.due_date,
      evaluationId: row.evaluation_id,
    }));
  },
};
