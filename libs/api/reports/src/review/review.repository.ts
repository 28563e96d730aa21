import { Injectable } from '@nestjs/common';
import type { EvaluationRow } from '@jixiao/api-evaluations';
import { TenantDatabase } from '@jixiao/api-platform';
import {
  NOTE_COLUMNS,
  ROUND_COLUMNS,
  SIGNOFF_COLUMNS,
  type NoteRow,
  type RoundRow,
  type SignOffRow,
} from './review-rows';

const KEY = `bureau_org_id = $1 AND evaluation_id = $2`;

/** The evaluation's key on a table alias. */
function keyOn(alias: string): string {
  return `${alias}.bureau_org_id = $1 AND ${alias}.evaluation_id = $2`;
}

function key(row: EvaluationRow): [string, string] {
  return [row.bureau_org_id, row.id];
}

/**
 * The review's rounds, sign-offs and notes, and the report's authors (firm-internal by row-level
 * security). The caller holds the evaluation's row lock when it writes.
 */
@Injectable()
export class ReviewRepository {
  constructor(private readonly db: TenantDatabase) {}

  async rounds(row: EvaluationRow): Promise<RoundRow[]> {
    return (await this.db.manager.query(
      `SELECT ${ROUND_COLUMNS} FROM evaluation_review_round r WHERE ${keyOn('r')} ORDER BY r.round`,
      key(row),
    )) as RoundRow[];
  }

  async openRound(row: EvaluationRow): Promise<RoundRow | null> {
    const [round] = (await this.db.manager.query(
      `SELECT ${ROUND_COLUMNS} FROM evaluation_review_round r WHERE ${keyOn('r')} AND r.closed_at IS NULL`,
      key(row),
    )) as RoundRow[];
    return round ?? null;
  }

  async signOffs(row: EvaluationRow, round?: number): Promise<SignOffRow[]> {
    return (await this.db.manager.query(
      `SELECT ${SIGNOFF_COLUMNS} FROM evaluation_review_signoff s
         JOIN evaluation_report_version v ON v.bureau_org_id = s.bureau_org_id AND v.id = s.report_version_id
        WHERE ${keyOn('s')} AND ($3::int IS NULL OR s.round = $3) ORDER BY s.round, s.level`,
      [...key(row), round ?? null],
    )) as SignOffRow[];
  }

  async notes(row: EvaluationRow): Promise<NoteRow[]> {
    return (await this.db.manager.query(
      `SELECT ${NOTE_COLUMNS} FROM evaluation_review_note n WHERE ${keyOn('n')}
        ORDER BY n.status = 'open' DESC, n.created_at DESC, n.id LIMIT 1000`,
      key(row),
    )) as NoteRow[];
  }

  async note(row: EvaluationRow, noteId: string): Promise<NoteRow | null> {
    const [note] = (await this.db.manager.query(
      `SELECT ${NOTE_COLUMNS} FROM evaluation_review_note n WHERE ${keyOn('n')} AND n.id = $3`,
      [...key(row), noteId],
    )) as NoteRow[];
    return note ?? null;
  }

  async openNotes(row: EvaluationRow): Promise<number> {
    const [found] = (await this.db.manager.query(
      `SELECT count(*)::int AS count FROM evaluation_review_note WHERE ${KEY} AND status = 'open'`,
      key(row),
    )) as { count: number }[];
    return found?.count ?? 0;
  }

  async isAuthor(row: EvaluationRow, userId: string): Promise<boolean> {
    const found = (await this.db.manager.query(
      `SELECT 1 FROM evaluation_report_author WHERE ${KEY} AND user_id = $3`,
      [...key(row), userId],
    )) as unknown[];
    return found.length > 0;
  }

  /** The latest saved version of the report: what a reviewer signs. */
  async latestVersion(row: EvaluationRow): Promise<{ id: string; content_hash: string } | null> {
    const [version] = (await this.db.manager.query(
      `SELECT id, content_hash FROM evaluation_report_version WHERE ${KEY} ORDER BY seq DESC LIMIT 1`,
      key(row),
    )) as { id: string; content_hash: string }[];
    return version ?? null;
  }

  /** When the report last changed: the narrative saved or a version created. */
  async lastReportChange(row: EvaluationRow): Promise<Date | null> {
    const [found] = (await this.db.manager.query(
      `SELECT greatest(
          (SELECT updated_at FROM evaluation_report_draft WHERE ${KEY}),
          (SELECT max(created_at) FROM evaluation_report_version WHERE ${KEY})) AS changed_at`,
      key(row),
    )) as { changed_at: Date | null }[];
    return found?.changed_at ?? null;
  }

  /** Closes a round still open (a report returned after issue comes back for a new round) and opens the next. */
  async startRound(
    row: EvaluationRow,
    input: { titles: readonly string[]; startedByName: string },
  ): Promise<number> {
    await this.closeRound(row, 'superseded', null, null);
    const [round] = (await this.db.manager.query(
      `INSERT INTO evaluation_review_round
         (bureau_org_id, evaluation_id, round, firm_org_id, unit_org_id, levels, level_titles, started_by_name)
       SELECT $1, $2, COALESCE(MAX(round), 0) + 1, $3, $4, $5, $6, $7
         FROM evaluation_review_round WHERE ${KEY}
       RETURNING round`,
      [...key(row), row.firm_org_id, row.unit_org_id, input.titles.length, input.titles, input.startedByName],
    )) as { round: number }[];
    if (!round) throw new Error('Review round not inserted');
    return round.round;
  }

  async closeRound(
    row: EvaluationRow,
    outcome: 'returned' | 'issued' | 'superseded',
    reason: string | null,
    byName: string | null,
  ): Promise<void> {
    await this.db.manager.query(
      `UPDATE evaluation_review_round SET closed_at = now(), outcome = $3, return_reason = $4, returned_by_name = $5
        WHERE ${KEY} AND closed_at IS NULL`,
      [...key(row), outcome, reason, byName],
    );
  }

  /** Inserts a sign-off; the database's constraints and trigger have the last word (see the migration). */
  async signOff(
    row: EvaluationRow,
    input: {
      round: number;
      level: number;
      userId: string;
      userName: string;
      versionId: string;
      contentHash: string;
    },
  ): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO evaluation_review_signoff
         (bureau_org_id, evaluation_id, round, level, firm_org_id, unit_org_id, signer_user_id, signer_name,
          report_version_id, content_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        ...key(row),
        input.round,
        input.level,
        row.firm_org_id,
        row.unit_org_id,
        input.userId,
        input.userName,
        input.versionId,
        input.contentHash,
      ],
    );
  }

  async addNote(
    row: EvaluationRow,
    input: { round: number; level: number; anchor: string; body: string; userId: string; userName: string },
  ): Promise<string> {
    const [note] = (await this.db.manager.query(
      `INSERT INTO evaluation_review_note
         (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, round, level, anchor, body, author_user_id, author_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        ...key(row),
        row.firm_org_id,
        row.unit_org_id,
        input.round,
        input.level,
        input.anchor,
        input.body,
        input.userId,
        input.userName,
      ],
    )) as { id: string }[];
    if (!note) throw new Error('Review note not inserted');
    return note.id;
  }

  /** Resolves an open note still at `version`; false when it changed in between. */
  async resolveNote(
    row: EvaluationRow,
    noteId: string,
    input: { version: number; resolution: string | null; userName: string },
  ): Promise<boolean> {
    const [, count] = (await this.db.manager.query(
      `UPDATE evaluation_review_note
          SET status = 'resolved', resolved_at = now(), resolved_by_name = $5, resolution = $4, version = version + 1
        WHERE ${KEY} AND id = $3 AND status = 'open' AND version = $6`,
      [...key(row), noteId, input.resolution, input.userName, input.version],
    )) as [unknown[], number];
    return count === 1;
  }
}
