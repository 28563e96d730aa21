import { Injectable } from '@nestjs/common';
import type { HistoryEntry } from '@jixiao/contracts';
import type { EvaluationStatus } from '@jixiao/domain';
import { TenantDatabase } from '@jixiao/api-platform';
import type { EvaluationRow } from '../evaluations/evaluation-row';

interface HistoryRow {
  seq: number;
  at: Date;
  actor_name: string;
  actor_org_name: string;
  event: HistoryEntry['event'];
  from_status: EvaluationStatus | null;
  to_status: EvaluationStatus;
  comment: string | null;
}

export interface NewHistoryEntry {
  /** The evaluation's version after the change: one entry per version, so history cannot fork. */
  seq: number;
  actorUserId: string;
  actorOrgId: string;
  actorName: string;
  actorOrgName: string;
  event: HistoryEntry['event'];
  from: EvaluationStatus | null;
  to: EvaluationStatus;
  comment: string | null;
  /** The parties after the change (a reassigned firm sees the history from then on). */
  firmOrgId: string;
}

/** Who moved the evaluation when, from where to where, and why: append-only. */
@Injectable()
export class HistoryRepository {
  constructor(private readonly db: TenantDatabase) {}

  async append(evaluation: EvaluationRow, entry: NewHistoryEntry): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO evaluation_history (bureau_org_id, evaluation_id, seq, firm_org_id, unit_org_id, actor_user_id,
                                       actor_org_id, actor_name, actor_org_name, event, from_status, to_status, comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        entry.seq,
        entry.firmOrgId,
        evaluation.unit_org_id,
        entry.actorUserId,
        entry.actorOrgId,
        entry.actorName,
        entry.actorOrgName,
        entry.event,
        entry.from,
        entry.to,
        entry.comment,
      ],
    );
  }

  async list(evaluation: EvaluationRow): Promise<HistoryEntry[]> {
    const rows = (await this.db.manager.query(
      `SELECT seq, at, actor_name, actor_org_name, event, from_status, to_status, comment
         FROM evaluation_history WHERE bureau_org_id = $1 AND evaluation_id = $2 ORDER BY seq`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as HistoryRow[];
    return rows.map((row) => ({
      seq: row.seq,
      at: row.at.toISOString(),
      actorName: row.actor_name,
      actorOrganisationName: row.actor_org_name,
      event: row.event,
      from: row.from_status,
      to: row.to_status,
      comment: row.comment,
    }));
  }
}
