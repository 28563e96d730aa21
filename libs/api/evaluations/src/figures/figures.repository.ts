import { Injectable } from '@nestjs/common';
import type { FigureEntry, FigureVerification } from '@jixiao/domain';
import { TenantDatabase } from '@jixiao/api-platform';
import type { EvaluationRow } from '../evaluations/evaluation-row';
import { decimalText } from './decimal-text';

interface FigureRow {
  key: string;
  value: string | null;
  source_file_id: string | null;
  source_file_name: string | null;
  source_note: string;
  entered_by_name: string | null;
  entered_at: Date | null;
  verification: FigureVerification;
  verification_comment: string;
  corrected_value: string | null;
  verified_by_name: string | null;
  verified_at: Date | null;
  version: number;
}

/** A stored figure: the domain's entry plus who did what and its source. */
export interface StoredFigure extends FigureEntry {
  sourceFileId: string | null;
  sourceFileName: string | null;
  sourceNote: string;
  enteredByName: string | null;
  enteredAt: string | null;
  verificationComment: string;
  verifiedByName: string | null;
  verifiedAt: string | null;
  version: number;
}

export interface FigureInput {
  value: string | null;
  sourceFileId: string | null;
  sourceNote: string;
}

export interface VerificationInput {
  verification: Exclude<FigureVerification, 'pending'>;
  comment: string;
  correctedValue: string | null;
}

export interface Actor {
  userId: string;
  name: string;
}

function toFigure(row: FigureRow): StoredFigure {
  return {
    key: row.key,
    value: decimalText(row.value),
    verification: row.verification,
    correctedValue: decimalText(row.corrected_value),
    sourceFileId: row.source_file_id,
    sourceFileName: row.source_file_name,
    sourceNote: row.source_note,
    enteredByName: row.entered_by_name,
    enteredAt: row.entered_at?.toISOString() ?? null,
    verificationComment: row.verification_comment,
    verifiedByName: row.verified_by_name,
    verifiedAt: row.verified_at?.toISOString() ?? null,
    version: row.version,
  };
}

const COLUMNS = `g.key, g.value::text AS value, g.source_file_id, f.original_name AS source_file_name, g.source_note,
  g.entered_by_name, g.entered_at, g.verification, g.verification_comment,
  g.corrected_value::text AS corrected_value, g.verified_by_name, g.verified_at, g.version`;
const FROM = `evaluation_figure g
  LEFT JOIN evaluation_file f ON f.bureau_org_id = g.bureau_org_id AND f.id = g.source_file_id`;

/** Fiscal figures of an evaluation: the unit's value beside the team's verification (numeric ↔ decimal strings). */
@Injectable()
export class FiguresRepository {
  constructor(private readonly db: TenantDatabase) {}

  async list(evaluation: EvaluationRow): Promise<StoredFigure[]> {
    const rows = (await this.db.manager.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE g.bureau_org_id = $1 AND g.evaluation_id = $2 ORDER BY g.key`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as FigureRow[];
    return rows.map(toFigure);
  }

  async find(evaluation: EvaluationRow, key: string): Promise<StoredFigure | null> {
    const [row] = (await this.db.manager.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE g.bureau_org_id = $1 AND g.evaluation_id = $2 AND g.key = $3`,
      [evaluation.bureau_org_id, evaluation.id, key],
    )) as FigureRow[];
    return row ? toFigure(row) : null;
  }

  /**
   * The unit's value, if the figure is still at `version` (0: never stored). A new value sends the
   * figure back to the team ('pending'); the team's earlier comment stays for the record.
   */
  async enter(
    evaluation: EvaluationRow,
    key: string,
    input: FigureInput,
    version: number,
    actor: Actor,
  ): Promise<boolean> {
    const params = [
      evaluation.bureau_org_id,
      evaluation.id,
      key,
      input.value,
      input.sourceFileId,
      input.sourceNote,
      actor.userId,
      actor.name,
    ];
    if (version === 0) {
      const inserted = (await this.db.manager.query(
        `INSERT INTO evaluation_figure (bureau_org_id, evaluation_id, key, firm_org_id, unit_org_id, value,
                                        source_file_id, source_note, entered_by, entered_by_name, entered_at)
         VALUES ($1, $2, $3, $9, $10, $4, $5, $6, $7, $8, now())
         ON CONFLICT (bureau_org_id, evaluation_id, key) DO NOTHING RETURNING 1`,
        [...params, evaluation.firm_org_id, evaluation.unit_org_id],
      )) as unknown[];
      return inserted.length === 1;
    }
    const result = (await this.db.manager.query(
      `UPDATE evaluation_figure
          SET value = $4, source_file_id = $5, source_note = $6, entered_by = $7, entered_by_name = $8,
              entered_at = now(),
              verification = CASE WHEN value IS DISTINCT FROM $4::numeric THEN 'pending' ELSE verification END,
              corrected_value = CASE WHEN value IS DISTINCT FROM $4::numeric THEN NULL ELSE corrected_value END,
              verified_by = CASE WHEN value IS DISTINCT FROM $4::numeric THEN NULL ELSE verified_by END,
              verified_by_name = CASE WHEN value IS DISTINCT FROM $4::numeric THEN NULL ELSE verified_by_name END,
              verified_at = CASE WHEN value IS DISTINCT FROM $4::numeric THEN NULL ELSE verified_at END,
              version = version + 1
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND key = $3 AND version = $9`,
      [...params, version],
    )) as [unknown[], number];
    return result[1] === 1;
  }

  /** The team's verdict, if the figure is still at `version`; the unit's value is never touched. */
  async verify(
    evaluation: EvaluationRow,
    key: string,
    input: VerificationInput,
    version: number,
    actor: Actor,
  ): Promise<boolean> {
    const result = (await this.db.manager.query(
      `UPDATE evaluation_figure
          SET verification = $4, verification_comment = $5, corrected_value = $6, verified_by = $7,
              verified_by_name = $8, verified_at = now(), version = version + 1
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND key = $3 AND version = $9`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        key,
        input.verification,
        input.comment,
        input.correctedValue,
        actor.userId,
        actor.name,
        version,
      ],
    )) as [unknown[], number];
    return result[1] === 1;
  }
}
