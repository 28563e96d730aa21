import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@jixiao/api-platform';
import type { EvaluationRow } from '../evaluations/evaluation-row';
import type { AnswerRow, FileLinkRow } from './request-rows';

const ANSWER_COLUMNS = `a.item_id, a.round, a.explanation, a.submitted_at, a.submitted_by_name, a.version`;
const FILE_COLUMNS = `l.item_id, l.round, f.id, f.original_name, f.media_type, f.size, f.sha256, f.uploaded_at,
  f.uploaded_by_name`;

export interface StoredRequestFile extends FileLinkRow {
  storage_key: string;
}

/** The unit's answers to request items and their files; the unit writes, RLS decides who reads. */
@Injectable()
export class RequestAnswersRepository {
  constructor(private readonly db: TenantDatabase) {}

  /** Every answer round of the evaluation the caller may see. */
  async list(evaluation: EvaluationRow, itemId?: string): Promise<AnswerRow[]> {
    return (await this.db.manager.query(
      `SELECT ${ANSWER_COLUMNS} FROM evaluation_request_answer a
        WHERE a.bureau_org_id = $1 AND a.evaluation_id = $2 AND ($3::uuid IS NULL OR a.item_id = $3)
        ORDER BY a.item_id, a.round`,
      [evaluation.bureau_org_id, evaluation.id, itemId ?? null],
    )) as AnswerRow[];
  }

  /**
   * The files of `answers` (the rounds the caller may see: a draft's files only to the unit). Two index
   * scans joined here, so the plan never depends on join estimates (500 files: a few milliseconds).
   */
  async files(
    evaluation: EvaluationRow,
    answers: readonly AnswerRow[],
    itemId?: string,
  ): Promise<FileLinkRow[]> {
    if (answers.length === 0) return [];
    const links = (await this.db.manager.query(
      `SELECT item_id, round, file_id FROM evaluation_request_file
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND ($3::uuid IS NULL OR item_id = $3)
        ORDER BY added_at, file_id`,
      [evaluation.bureau_org_id, evaluation.id, itemId ?? null],
    )) as { item_id: string; round: number; file_id: string }[];
    const visible = new Set(answers.map((answer) => `${answer.item_id}:${answer.round}`));
    const shown = links.filter((link) => visible.has(`${link.item_id}:${link.round}`));
    if (shown.length === 0) return [];
    const files = (await this.db.manager.query(
      `SELECT id, original_name, media_type, size, sha256, uploaded_at, uploaded_by_name FROM evaluation_file
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND purpose = 'request_evidence' AND id = ANY($3::uuid[])`,
      [evaluation.bureau_org_id, evaluation.id, shown.map((link) => link.file_id)],
    )) as Omit<FileLinkRow, 'item_id' | 'round'>[];
    const byId = new Map(files.map((file) => [file.id, file]));
    return shown.flatMap((link) => {
      const file = byId.get(link.file_id);
      return file ? [{ ...file, item_id: link.item_id, round: link.round }] : [];
    });
  }

  async find(evaluation: EvaluationRow, itemId: string, round: number): Promise<AnswerRow | undefined> {
    const [row] = (await this.db.manager.query(
      `SELECT ${ANSWER_COLUMNS} FROM evaluation_request_answer a
        WHERE a.bureau_org_id = $1 AND a.item_id = $2 AND a.round = $3`,
      [evaluation.bureau_org_id, itemId, round],
    )) as AnswerRow[];
    return row;
  }

  /** A file of an answer the caller may see, with its storage key (for the download). */
  async findFile(
    evaluation: EvaluationRow,
    itemId: string,
    fileId: string,
  ): Promise<StoredRequestFile | undefined> {
    const [row] = (await this.db.manager.query(
      `SELECT ${FILE_COLUMNS}, f.storage_key FROM evaluation_request_file l
         JOIN evaluation_request_answer a
           ON a.bureau_org_id = l.bureau_org_id AND a.item_id = l.item_id AND a.round = l.round
         JOIN evaluation_file f ON f.bureau_org_id = l.bureau_org_id AND f.id = l.file_id
        WHERE l.bureau_org_id = $1 AND l.evaluation_id = $2 AND l.item_id = $3 AND l.file_id = $4`,
      [evaluation.bureau_org_id, evaluation.id, itemId, fileId],
    )) as StoredRequestFile[];
    return row;
  }

  /**
   * Saves the explanation of an unsubmitted round if the answer is still at `version` (0 = none yet);
   * answers the new version, or null when the version was stale.
   */
  async save(
    evaluation: EvaluationRow,
    itemId: string,
    round: number,
    change: { explanation: string; version: number; userId: string; userName: string },
  ): Promise<number | null> {
    const rows = (await this.db.manager.query(
      change.version === 0
        ? `INSERT INTO evaluation_request_answer (bureau_org_id, evaluation_id, item_id, round, firm_org_id, unit_org_id,
                                                 explanation, updated_by, updated_by_name)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (bureau_org_id, item_id, round) DO NOTHING RETURNING version`
        : `UPDATE evaluation_request_answer
              SET explanation = $7, updated_by = $8, updated_by_name = $9, updated_at = now(), version = version + 1
            WHERE bureau_org_id = $1 AND evaluation_id = $2 AND item_id = $3 AND round = $4
              AND firm_org_id = $5 AND unit_org_id = $6 AND version = $10 AND submitted_at IS NULL
           RETURNING version`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        itemId,
        round,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        change.explanation,
        change.userId,
        change.userName,
        ...(change.version === 0 ? [] : [change.version]),
      ],
    )) as { version: number }[] | [{ version: number }[], number];
    const returned = Array.isArray(rows[0]) ? rows[0] : rows;
    const [row] = returned as { version: number }[];
    return row ? row.version : null;
  }

  /** Makes sure the round has an answer row (files attach to it); never changes an existing one. */
  async ensure(
    evaluation: EvaluationRow,
    itemId: string,
    round: number,
    user: { id: string; name: string },
  ): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO evaluation_request_answer (bureau_org_id, evaluation_id, item_id, round, firm_org_id, unit_org_id,
                                              updated_by, updated_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (bureau_org_id, item_id, round) DO NOTHING`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        itemId,
        round,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        user.id,
        user.name,
      ],
    );
  }

  /** Submits the round if it is still at `version` and unsubmitted; answers whether it was. */
  async submit(
    evaluation: EvaluationRow,
    itemId: string,
    round: number,
    version: number,
    userName: string,
  ): Promise<boolean> {
    const result = (await this.db.manager.query(
      `UPDATE evaluation_request_answer
          SET submitted_at = now(), submitted_by_name = $5, version = version + 1
        WHERE bureau_org_id = $1 AND item_id = $2 AND round = $3 AND version = $4 AND submitted_at IS NULL`,
      [evaluation.bureau_org_id, itemId, round, version, userName],
    )) as [unknown[], number];
    return result[1] === 1;
  }

  async linkFile(evaluation: EvaluationRow, itemId: string, round: number, fileId: string): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO evaluation_request_file (bureau_org_id, evaluation_id, item_id, round, file_id, firm_org_id, unit_org_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        itemId,
        round,
        fileId,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
      ],
    );
  }

  /** Takes a file off an unsubmitted round (the stored file stays, as every file does). */
  async unlinkFile(
    evaluation: EvaluationRow,
    itemId: string,
    round: number,
    fileId: string,
  ): Promise<boolean> {
    const result = (await this.db.manager.query(
      `DELETE FROM evaluation_request_file
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND item_id = $3 AND round = $4 AND file_id = $5`,
      [evaluation.bureau_org_id, evaluation.id, itemId, round, fileId],
    )) as [unknown[], number];
    return result[1] === 1;
  }

  async fileCount(evaluation: EvaluationRow, itemId: string, round: number): Promise<number> {
    const [row] = (await this.db.manager.query(
      `SELECT count(*)::int AS count FROM evaluation_request_file
        WHERE bureau_org_id = $1 AND item_id = $2 AND round = $3`,
      [evaluation.bureau_org_id, itemId, round],
    )) as [{ count: number }];
    return row.count;
  }
}
