import { Injectable } from '@nestjs/common';
import type { RequestHistoryEntry } from '@jixiao/contracts';
import type { RequestEvent, RequestState } from '@jixiao/domain';
import { TenantDatabase } from '@jixiao/api-platform';
import { evaluationKeys, MANY_EVALUATIONS, type EvaluationRow } from '../evaluations/evaluation-row';

export interface NewRequestEvent {
  itemId: string;
  event: RequestEvent;
  round: number;
  comment: string | null;
  actorUserId: string;
  actorOrgId: string;
  actorName: string;
  actorOrgName: string;
}

interface EventRow {
  item_id: string;
  seq: number;
  at: Date;
  actor_name: string;
  actor_org_name: string;
  event: RequestEvent;
  round: number;
  comment: string | null;
}

/** One item's state for the to-do list, across many evaluations at once. */
export interface ItemStanding {
  evaluation_id: string;
  state: RequestState;
  due_date: string | null;
  submitted: boolean;
}

/** Each item's append-only history, and the request list's share of the to-do list. */
@Injectable()
export class RequestHistoryRepository {
  constructor(private readonly db: TenantDatabase) {}

  async append(evaluation: EvaluationRow, entry: NewRequestEvent): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO evaluation_request_event (bureau_org_id, evaluation_id, item_id, seq, firm_org_id, unit_org_id,
                                             actor_user_id, actor_org_id, actor_name, actor_org_name, event, round, comment)
       SELECT $1, $2, $3,
              coalesce((SELECT max(seq) FROM evaluation_request_event WHERE bureau_org_id = $1 AND item_id = $3), 0) + 1,
              $4, $5, $6, $7, $8, $9, $10, $11, $12`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        entry.itemId,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        entry.actorUserId,
        entry.actorOrgId,
        entry.actorName,
        entry.actorOrgName,
        entry.event,
        entry.round,
        entry.comment,
      ],
    );
  }

  async list(evaluation: EvaluationRow, itemId: string): Promise<RequestHistoryEntry[]> {
    const rows = (await this.db.manager.query(
      `SELECT item_id, seq, at, actor_name, actor_org_name, event, round, comment FROM evaluation_request_event
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND item_id = $3 ORDER BY seq`,
      [evaluation.bureau_org_id, evaluation.id, itemId],
    )) as EventRow[];
    return rows.map((row) => ({
      seq: row.seq,
      at: row.at.toISOString(),
      actorName: row.actor_name,
      actorOrganisationName: row.actor_org_name,
      event: row.event,
      round: row.round,
      comment: row.comment,
    }));
  }

  /** Sent items of many evaluations in one query, with whether their current round is submitted. */
  async standings(evaluations: readonly EvaluationRow[]): Promise<ItemStanding[]> {
    if (evaluations.length === 0) return [];
    return (await this.db.manager.query(
      `SELECT i.evaluation_id, i.state, i.due_date::text AS due_date, (a.submitted_at IS NOT NULL) AS submitted
         FROM evaluation_request_item i
         LEFT JOIN evaluation_request_answer a
           ON a.bureau_org_id = i.bureau_org_id AND a.item_id = i.id AND a.round = i.round
        WHERE (i.bureau_org_id, i.evaluation_id) IN (${MANY_EVALUATIONS}) AND i.state <> 'draft'`,
      evaluationKeys(evaluations),
    )) as ItemStanding[];
  }
}
