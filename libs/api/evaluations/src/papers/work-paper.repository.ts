import { Injectable } from '@nestjs/common';
import type {
  WorkPaperAttachment,
  WorkPaperEvent,
  WorkPaperHistoryEntry,
  WorkPaperSummary,
} from '@jixiao/contracts';
import type { WorkPaperSubject } from '@jixiao/domain';
import { TenantDatabase } from '@jixiao/api-platform';
import type { EvaluationRow } from '../evaluations/evaluation-row';
import {
  PAPER_COLUMNS,
  toAttachment,
  toHistoryEntry,
  toSummary,
  type AttachmentRow,
  type HistoryRow,
  type WorkPaperRow,
} from './work-paper-rows';

export interface PaperAuthor {
  userId: string;
  name: string;
}

export interface PaperReviewer {
  userId: string;
  name: string;
}

export interface StoredWorkPaper extends WorkPaperSummary {
  body: string;
  reviewedVersion: number | null;
}

function toStored(row: WorkPaperRow): StoredWorkPaper {
  return { ...toSummary(row), body: row.body, reviewedVersion: row.reviewed_version };
}

/**
 * Work papers (工作底稿) of an evaluation, their attachments and history. Row-level security shows
 * them to the firm only; the history and the attachment links are only ever appended to.
 */
@Injectable()
export class WorkPaperRepository {
  constructor(private readonly db: TenantDatabase) {}

  async list(evaluation: EvaluationRow): Promise<WorkPaperSummary[]> {
    const rows = (await this.db.manager.query(
      `SELECT ${PAPER_COLUMNS} FROM evaluation_work_paper p
        WHERE p.bureau_org_id = $1 AND p.evaluation_id = $2
        ORDER BY p.indicator_id NULLS LAST, p.topic, p.created_at, p.id LIMIT 2000`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as WorkPaperRow[];
    return rows.map(toSummary);
  }

  /** The paper; `lock` holds it until the transaction ends, so its history is appended in order. */
  async find(evaluation: EvaluationRow, paperId: string, lock = false): Promise<StoredWorkPaper | null> {
    const [row] = (await this.db.manager.query(
      `SELECT ${PAPER_COLUMNS} FROM evaluation_work_paper p
        WHERE p.bureau_org_id = $1 AND p.evaluation_id = $2 AND p.id = $3${lock ? ' FOR NO KEY UPDATE' : ''}`,
      [evaluation.bureau_org_id, evaluation.id, paperId],
    )) as WorkPaperRow[];
    return row ? toStored(row) : null;
  }

  async insert(
    evaluation: EvaluationRow,
    paper: { subject: WorkPaperSubject; body: string; reviewer: PaperReviewer | null },
    author: PaperAuthor,
  ): Promise<string> {
    const [row] = (await this.db.manager.query(
      `INSERT INTO evaluation_work_paper (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, indicator_id, topic, body,
                                          author_user_id, author_name, reviewer_user_id, reviewer_name, updated_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $9) RETURNING id`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        paper.subject.indicatorId,
        paper.subject.topic,
        paper.body,
        author.userId,
        author.name,
        paper.reviewer?.userId ?? null,
        paper.reviewer?.name ?? null,
      ],
    )) as { id: string }[];
    if (!row) throw new Error('Work paper insert returned no row');
    return row.id;
  }

  /**
   * Saves the text if the paper is still at `version`; answers whether it was. An edit clears the
   * sign-off: the reviewer signs the text as it stands (the history keeps the earlier review).
   */
  async update(
    evaluation: EvaluationRow,
    paperId: string,
    version: number,
    change: { topic: string | null; body: string; reviewer: PaperReviewer | null; editorName: string },
  ): Promise<boolean> {
    const result = (await this.db.manager.query(
      `UPDATE evaluation_work_paper
          SET topic = CASE WHEN indicator_id IS NULL THEN coalesce($4, topic) ELSE NULL END, body = $5,
              reviewer_user_id = $6, reviewer_name = $7, reviewed_version = NULL, reviewed_at = NULL,
              review_note = NULL, updated_by_name = $8, updated_at = now(), version = version + 1
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND id = $3 AND version = $9`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        paperId,
        change.topic,
        change.body,
        change.reviewer?.userId ?? null,
        change.reviewer?.name ?? null,
        change.editorName,
        version,
      ],
    )) as [unknown[], number];
    return result[1] === 1;
  }

  /** Signs off the text at `version`; answers whether the paper was still at it. */
  async markReviewed(
    evaluation: EvaluationRow,
    paperId: string,
    version: number,
    note: string | null,
  ): Promise<boolean> {
    const result = (await this.db.manager.query(
      `UPDATE evaluation_work_paper SET reviewed_version = version, reviewed_at = now(), review_note = $4
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND id = $3 AND version = $5`,
      [evaluation.bureau_org_id, evaluation.id, paperId, note, version],
    )) as [unknown[], number];
    return result[1] === 1;
  }

  /** Appends to the paper's history; the caller holds the paper's lock. */
  async appendHistory(
    evaluation: EvaluationRow,
    paperId: string,
    entry: {
      actor: PaperAuthor;
      event: WorkPaperEvent;
      version: number;
      body: string | null;
      note: string | null;
    },
  ): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO evaluation_work_paper_history (bureau_org_id, evaluation_id, paper_id, seq, firm_org_id, unit_org_id,
                                                  actor_user_id, actor_name, event, version, body, note)
       SELECT $1, $2, $3, coalesce(max(seq), 0) + 1, $4, $5, $6, $7, $8, $9, $10, $11
         FROM evaluation_work_paper_history WHERE bureau_org_id = $1 AND paper_id = $3`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        paperId,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        entry.actor.userId,
        entry.actor.name,
        entry.event,
        entry.version,
        entry.body,
        entry.note,
      ],
    );
  }

  async history(evaluation: EvaluationRow, paperId: string): Promise<WorkPaperHistoryEntry[]> {
    const rows = (await this.db.manager.query(
      `SELECT seq, at, actor_name, event, version, note FROM evaluation_work_paper_history
        WHERE bureau_org_id = $1 AND paper_id = $2 ORDER BY seq`,
      [evaluation.bureau_org_id, paperId],
    )) as HistoryRow[];
    return rows.map(toHistoryEntry);
  }

  async attachments(evaluation: EvaluationRow, paperId: string): Promise<WorkPaperAttachment[]> {
    const rows = (await this.db.manager.query(
      `SELECT f.id, f.original_name, f.media_type, f.size, f.sha256, f.uploaded_at, f.uploaded_by_name
         FROM evaluation_work_paper_file l
         JOIN evaluation_file f ON f.bureau_org_id = l.bureau_org_id AND f.id = l.file_id
        WHERE l.bureau_org_id = $1 AND l.paper_id = $2 ORDER BY l.added_at, f.original_name`,
      [evaluation.bureau_org_id, paperId],
    )) as AttachmentRow[];
    return rows.map(toAttachment);
  }

  async attach(evaluation: EvaluationRow, paperId: string, fileId: string): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO evaluation_work_paper_file (bureau_org_id, evaluation_id, paper_id, file_id, firm_org_id, unit_org_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        paperId,
        fileId,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
      ],
    );
  }

  /** The storage key of one of the paper's attachments. */
  async attachmentFile(
    evaluation: EvaluationRow,
    paperId: string,
    fileId: string,
  ): Promise<(WorkPaperAttachment & { storageKey: string }) | null> {
    const [row] = (await this.db.manager.query(
      `SELECT f.id, f.original_name, f.media_type, f.size, f.sha256, f.uploaded_at, f.uploaded_by_name, f.storage_key
         FROM evaluation_work_paper_file l
         JOIN evaluation_file f ON f.bureau_org_id = l.bureau_org_id AND f.id = l.file_id
        WHERE l.bureau_org_id = $1 AND l.evaluation_id = $2 AND l.paper_id = $3 AND l.file_id = $4`,
      [evaluation.bureau_org_id, evaluation.id, paperId, fileId],
    )) as (AttachmentRow & { storage_key: string })[];
    return row ? { ...toAttachment(row), storageKey: row.storage_key } : null;
  }

  /** Stores an attachment's record: purpose `work_paper`, internal to the firm (a CHECK holds it so too). */
  async insertFile(
    evaluation: EvaluationRow,
    file: {
      id: string;
      storageKey: string;
      originalName: string;
      mediaType: string;
      size: number;
      sha256: string;
      uploader: PaperAuthor;
    },
  ): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO evaluation_file (bureau_org_id, evaluation_id, id, firm_org_id, unit_org_id, owner_org_id, visibility,
                                    purpose, storage_key, original_name, media_type, size, sha256, uploaded_by, uploaded_by_name)
       VALUES ($1, $2, $3, $4, $5, $4, 'internal', 'work_paper', $6, $7, $8, $9, $10, $11, $12)`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        file.id,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        file.storageKey,
        file.originalName,
        file.mediaType,
        file.size,
        file.sha256,
        file.uploader.userId,
        file.uploader.name,
      ],
    );
  }
}
