import { Injectable } from '@nestjs/common';
import type { RequestBlocker } from '@jixiao/contracts';
import type { RequestState } from '@jixiao/domain';
import { TenantDatabase } from '@jixiao/api-platform';
import type { EvaluationRow } from '../evaluations/evaluation-row';
import { ITEM_COLUMNS, type ItemFields, type ItemRow } from './request-rows';

/** A state change of one item by the team. */
export interface ItemDecision {
  state: RequestState;
  newRound: boolean;
  reason: string | null;
}

/** Items of the request list (资料清单): written by the firm, read by the three parties. */
@Injectable()
export class RequestItemsRepository {
  constructor(private readonly db: TenantDatabase) {}

  async list(evaluation: EvaluationRow): Promise<ItemRow[]> {
    return (await this.db.manager.query(
      `SELECT ${ITEM_COLUMNS} FROM evaluation_request_item i
        WHERE i.bureau_org_id = $1 AND i.evaluation_id = $2 ORDER BY i.seq`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as ItemRow[];
  }

  async find(evaluation: EvaluationRow, itemId: string): Promise<ItemRow | undefined> {
    const [row] = (await this.db.manager.query(
      `SELECT ${ITEM_COLUMNS} FROM evaluation_request_item i
        WHERE i.bureau_org_id = $1 AND i.evaluation_id = $2 AND i.id = $3`,
      [evaluation.bureau_org_id, evaluation.id, itemId],
    )) as ItemRow[];
    return row;
  }

  /** The calendar day the database is on: the one "today" of due dates. */
  async today(): Promise<string> {
    const [row] = (await this.db.manager.query(`SELECT current_date::text AS today`)) as [{ today: string }];
    return row.today;
  }

  /** Adds items at the end of the list; the caller holds the evaluation's row lock. */
  async insert(
    evaluation: EvaluationRow,
    items: readonly ItemFields[],
    createdBy: string,
  ): Promise<string[]> {
    if (items.length === 0) return [];
    const rows = (await this.db.manager.query(
      `INSERT INTO evaluation_request_item (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, seq, title, reason,
                                            indicator_ids, due_date, required, created_by)
       SELECT $1, $2, $3, $4,
              coalesce((SELECT max(seq) FROM evaluation_request_item WHERE bureau_org_id = $1 AND evaluation_id = $2), 0)
                + n.ordinality,
              n.item->>'title', n.item->>'reason',
              ARRAY(SELECT jsonb_array_elements_text(n.item->'indicator_ids')),
              (n.item->>'due_date')::date, (n.item->>'required')::boolean, $6
         FROM jsonb_array_elements($5::jsonb) WITH ORDINALITY AS n(item, ordinality)
       ORDER BY n.ordinality
       RETURNING id, seq`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        JSON.stringify(
          items.map((item) => ({
            title: item.title,
            reason: item.reason,
            indicator_ids: item.indicatorIds,
            due_date: item.dueDate,
            required: item.required,
          })),
        ),
        createdBy,
      ],
    )) as { id: string; seq: number }[];
    return rows.sort((a, b) => a.seq - b.seq).map((row) => row.id);
  }

  /** Rewrites the team's fields if the item is still at `version`; answers whether it was. */
  async update(
    evaluation: EvaluationRow,
    itemId: string,
    version: number,
    fields: ItemFields,
  ): Promise<boolean> {
    const result = (await this.db.manager.query(
      `UPDATE evaluation_request_item
          SET title = $4, reason = $5, indicator_ids = $6, due_date = $7, required = $8,
              version = version + 1, updated_at = now()
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND id = $3 AND version = $9`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        itemId,
        fields.title,
        fields.reason,
        fields.indicatorIds,
        fields.dueDate,
        fields.required,
        version,
      ],
    )) as [unknown[], number];
    return result[1] === 1;
  }

  /** Applies a decision if the item is still at `version`; answers whether it was. */
  async decide(
    evaluation: EvaluationRow,
    itemId: string,
    version: number,
    decision: ItemDecision,
  ): Promise<boolean> {
    const result = (await this.db.manager.query(
      `UPDATE evaluation_request_item
          SET state = $4, round = round + $5, decision_reason = $6,
              sent_at = CASE WHEN $4 = 'sent' AND sent_at IS NULL THEN now() ELSE sent_at END,
              version = version + 1, updated_at = now()
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND id = $3 AND version = $7`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        itemId,
        decision.state,
        decision.newRound ? 1 : 0,
        decision.reason,
        version,
      ],
    )) as [unknown[], number];
    return result[1] === 1;
  }

  async delete(evaluation: EvaluationRow, itemId: string, version: number): Promise<boolean> {
    const result = (await this.db.manager.query(
      `DELETE FROM evaluation_request_item
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND id = $3 AND version = $4 AND state = 'draft'`,
      [evaluation.bureau_org_id, evaluation.id, itemId, version],
    )) as [unknown[], number];
    return result[1] === 1;
  }

  /**
   * What still blocks closing fieldwork on the request side: required items neither accepted nor waived,
   * in list order. For the integrator's CLOSE_FIELDWORK facts.
   */
  async blockers(evaluation: EvaluationRow): Promise<RequestBlocker[]> {
    return (await this.db.manager.query(
      `SELECT i.id, i.title FROM evaluation_request_item i
        WHERE i.bureau_org_id = $1 AND i.evaluation_id = $2 AND i.required
          AND i.state NOT IN ('accepted', 'waived')
        ORDER BY i.seq`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as RequestBlocker[];
  }
}
