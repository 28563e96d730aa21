import { Injectable } from '@nestjs/common';
import type { FeedbackFormView } from '@jixiao/contracts';
import type { FeedbackChange, FeedbackDecision } from '@jixiao/domain';
import type { EvaluationRow } from '@jixiao/api-evaluations';
import { TenantDatabase } from '@jixiao/api-platform';
import {
  FORM_COLUMNS,
  OPINION_COLUMNS,
  toFormView,
  toOpinion,
  type FormRow,
  type OpinionRow,
  type StoredOpinion,
} from './feedback-rows';

export interface NewForm {
  reportVersionId: string;
  period: string;
  evaluationDates: string;
  firmContact: string;
  firmPhone: string;
  dueDate: string;
}

type Updated = [unknown[], number];

/**
 * The feedback round's rows: the form (opened by the firm, filled and signed by the unit), the opinions
 * (the unit's and the bureau's), the firm's answers. Row-level security and triggers keep each party
 * to its part; these queries only say what to change.
 */
@Injectable()
export class FeedbackRepository {
  constructor(private readonly db: TenantDatabase) {}

  async form(evaluation: EvaluationRow, lock = false): Promise<FeedbackFormView | null> {
    const [row] = (await this.db.manager.query(
      `SELECT ${FORM_COLUMNS} FROM evaluation_feedback_form f
         JOIN evaluation e ON e.bureau_org_id = f.bureau_org_id AND e.id = f.evaluation_id
         LEFT JOIN evaluation_file sf ON sf.bureau_org_id = f.bureau_org_id AND sf.id = f.scan_file_id
        WHERE f.bureau_org_id = $1 AND f.evaluation_id = $2${lock ? ' FOR UPDATE OF f' : ''}`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as FormRow[];
    return row ? toFormView(row) : null;
  }

  /** Opens the form when the 交换意见稿 is sent (once: a second send keeps the first form). */
  async open(evaluation: EvaluationRow, form: NewForm): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO evaluation_feedback_form
         (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, report_version_id, period, evaluation_dates,
          firm_contact, firm_phone, due_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        form.reportVersionId,
        form.period,
        form.evaluationDates,
        form.firmContact,
        form.firmPhone,
        form.dueDate,
      ],
    );
  }

  /** The unit's part of the form, if still at `version` and unsigned. */
  async fill(
    evaluation: EvaluationRow,
    version: number,
    input: { unitContact: string; unitPhone: string; noOpinion: boolean },
  ): Promise<boolean> {
    const [, count] = (await this.db.manager.query(
      `UPDATE evaluation_feedback_form
          SET unit_contact = $3, unit_phone = $4, no_opinion = $5, filled_on = current_date,
              updated_at = now(), version = version + 1
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND version = $6 AND signed_at IS NULL`,
      [evaluation.bureau_org_id, evaluation.id, input.unitContact, input.unitPhone, input.noOpinion, version],
    )) as Updated;
    return count === 1;
  }

  async sign(
    evaluation: EvaluationRow,
    version: number,
    input: { userId: string; userName: string; scanFileId: string | null },
  ): Promise<boolean> {
    const [, count] = (await this.db.manager.query(
      `UPDATE evaluation_feedback_form
          SET signed_by_user_id = $3, signed_by_name = $4, signed_at = now(), scan_file_id = $5,
              filled_on = coalesce(filled_on, current_date), updated_at = now(), version = version + 1
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND version = $6 AND signed_at IS NULL`,
      [evaluation.bureau_org_id, evaluation.id, input.userId, input.userName, input.scanFileId, version],
    )) as Updated;
    return count === 1;
  }

  async opinions(evaluation: EvaluationRow): Promise<StoredOpinion[]> {
    const rows = (await this.db.manager.query(
      `SELECT ${OPINION_COLUMNS} FROM evaluation_feedback_opinion o
         LEFT JOIN evaluation_feedback_answer a ON a.bureau_org_id = o.bureau_org_id AND a.opinion_id = o.id
        WHERE o.bureau_org_id = $1 AND o.evaluation_id = $2
        ORDER BY (o.author_org_id = o.unit_org_id) DESC, o.created_at, o.id LIMIT 500`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as OpinionRow[];
    return rows.map(toOpinion);
  }

  async opinion(evaluation: EvaluationRow, opinionId: string): Promise<StoredOpinion | null> {
    const [row] = (await this.db.manager.query(
      `SELECT ${OPINION_COLUMNS} FROM evaluation_feedback_opinion o
         LEFT JOIN evaluation_feedback_answer a ON a.bureau_org_id = o.bureau_org_id AND a.opinion_id = o.id
        WHERE o.bureau_org_id = $1 AND o.evaluation_id = $2 AND o.id = $3`,
      [evaluation.bureau_org_id, evaluation.id, opinionId],
    )) as OpinionRow[];
    return row ? toOpinion(row) : null;
  }

  /** Submitted opinions (the bureau's, the unit's once signed) without an answer (the PRODUCE_FINAL fact). */
  async unanswered(evaluation: EvaluationRow): Promise<number> {
    const [row] = (await this.db.manager.query(
      `SELECT count(*)::int AS count FROM evaluation_feedback_opinion o
        WHERE o.bureau_org_id = $1 AND o.evaluation_id = $2
          AND (o.author_org_id = o.bureau_org_id OR EXISTS (
                SELECT 1 FROM evaluation_feedback_form f
                 WHERE f.bureau_org_id = o.bureau_org_id AND f.evaluation_id = o.evaluation_id
                   AND f.signed_at IS NOT NULL))
          AND NOT EXISTS (SELECT 1 FROM evaluation_feedback_answer a
                           WHERE a.bureau_org_id = o.bureau_org_id AND a.opinion_id = o.id)`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as { count: number }[];
    return row?.count ?? 0;
  }

  async addOpinion(
    evaluation: EvaluationRow,
    input: { authorOrgId: string; anchor: string; text: string; userId: string; userName: string },
  ): Promise<string> {
    const [row] = (await this.db.manager.query(
      `INSERT INTO evaluation_feedback_opinion
         (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, author_org_id, anchor, text,
          created_by_user_id, created_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        input.authorOrgId,
        input.anchor,
        input.text,
        input.userId,
        input.userName,
      ],
    )) as { id: string }[];
    if (!row) throw new Error('Opinion not inserted');
    return row.id;
  }

  async editOpinion(
    evaluation: EvaluationRow,
    opinionId: string,
    version: number,
    input: { anchor: string; text: string },
  ): Promise<boolean> {
    const [, count] = (await this.db.manager.query(
      `UPDATE evaluation_feedback_opinion SET anchor = $4, text = $5, updated_at = now(), version = version + 1
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND id = $3 AND version = $6`,
      [evaluation.bureau_org_id, evaluation.id, opinionId, input.anchor, input.text, version],
    )) as Updated;
    return count === 1;
  }

  async deleteOpinion(evaluation: EvaluationRow, opinionId: string, version: number): Promise<boolean> {
    const [, count] = (await this.db.manager.query(
      `DELETE FROM evaluation_feedback_opinion WHERE bureau_org_id = $1 AND evaluation_id = $2 AND id = $3
          AND version = $4`,
      [evaluation.bureau_org_id, evaluation.id, opinionId, version],
    )) as Updated;
    return count === 1;
  }

  /** Writes the answer if it is still at `version` (0: not answered yet). */
  async answer(
    evaluation: EvaluationRow,
    opinionId: string,
    version: number,
    input: {
      decision: FeedbackDecision;
      reason: string;
      changes: FeedbackChange[];
      userId: string;
      userName: string;
    },
  ): Promise<boolean> {
    const params = [
      evaluation.bureau_org_id,
      opinionId,
      input.decision,
      input.reason,
      JSON.stringify(input.changes),
      input.userId,
      input.userName,
    ];
    if (version === 0) {
      const inserted = (await this.db.manager.query(
        `INSERT INTO evaluation_feedback_answer
           (bureau_org_id, opinion_id, evaluation_id, firm_org_id, unit_org_id, decision, reason, changes,
            answered_by_user_id, answered_by_name)
         VALUES ($1, $2, $8, $9, $10, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING version`,
        [...params, evaluation.id, evaluation.firm_org_id, evaluation.unit_org_id],
      )) as unknown[];
      return inserted.length === 1;
    }
    const [, count] = (await this.db.manager.query(
      `UPDATE evaluation_feedback_answer
          SET decision = $3, reason = $4, changes = $5, answered_by_user_id = $6, answered_by_name = $7,
              answered_at = now(), version = version + 1
        WHERE bureau_org_id = $1 AND opinion_id = $2 AND version = $8`,
      [...params, version],
    )) as Updated;
    return count === 1;
  }

  /** For the to-do list: each form of `evaluations` with its due date, signature and unanswered submitted opinions. */
  async standings(
    evaluations: readonly EvaluationRow[],
  ): Promise<{ evaluationId: string; dueDate: string; signed: boolean; unanswered: number }[]> {
    if (evaluations.length === 0) return [];
    const rows = (await this.db.manager.query(
      `SELECT f.evaluation_id, f.due_date::text AS due_date, f.signed_at IS NOT NULL AS signed,
              (SELECT count(*)::int FROM evaluation_feedback_opinion o
                WHERE o.bureau_org_id = f.bureau_org_id AND o.evaluation_id = f.evaluation_id
                  AND (o.author_org_id = o.bureau_org_id OR f.signed_at IS NOT NULL)
                  AND NOT EXISTS (SELECT 1 FROM evaluation_feedback_answer a
                                   WHERE a.bureau_org_id = o.bureau_org_id AND a.opinion_id = o.id)) AS unanswered
         FROM evaluation_feedback_form f
        WHERE (f.bureau_org_id, f.evaluation_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
      [evaluations.map((row) => row.bureau_org_id), evaluations.map((row) => row.id)],
    )) as { evaluation_id: string; due_date: string; signed: boolean; unanswered: number }[];
    return rows.map((row) => ({
      evaluationId: row.evaluation_id,
      dueDate: row.due_date,
      signed: row.signed,
      unanswered: row.unanswered,
    }));
  }

  /** The firm's contact for the form: the organisation's contact phone. */
  async firmPhone(evaluation: EvaluationRow): Promise<string> {
    const [row] = (await this.db.manager.query(`SELECT contact_phone FROM organisation WHERE id = $1`, [
      evaluation.firm_org_id,
    ])) as { contact_phone: string }[];
    return row?.contact_phone ?? '';
  }

  /** The latest 交换意见稿 (the version the round is about). */
  async sentVersionId(evaluation: EvaluationRow): Promise<string | null> {
    const [row] = (await this.db.manager.query(
      `SELECT id FROM evaluation_report_version
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND stage = 'for_feedback' ORDER BY seq DESC LIMIT 1`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as { id: string }[];
    return row?.id ?? null;
  }

  /** A `feedback_form` file of this evaluation uploaded by the unit (the scan to attach). */
  async scanFileExists(evaluation: EvaluationRow, fileId: string): Promise<boolean> {
    const rows = (await this.db.manager.query(
      `SELECT 1 FROM evaluation_file WHERE bureau_org_id = $1 AND evaluation_id = $2 AND id = $3
          AND purpose = 'feedback_form' AND owner_org_id = $4`,
      [evaluation.bureau_org_id, evaluation.id, fileId, evaluation.unit_org_id],
    )) as unknown[];
    return rows.length > 0;
  }
}
