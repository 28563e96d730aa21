import { Injectable } from '@nestjs/common';
import type { Amendment, AmendmentApprover, EvaluationFile, ReportVersionSummary } from '@jixiao/contracts';
import type { ReportModel } from '@jixiao/domain';
import type { EvaluationRow } from '@jixiao/api-evaluations';
import { TenantDatabase } from '@jixiao/api-platform';
import {
  AMENDMENT_COLUMNS,
  DELIVERY_DATES_COLUMNS,
  toAmendment,
  toApprover,
  toSealedScan,
  type AmendmentRow,
  type ApproverRow,
  type DeliveryDatesRow,
  type SealedScanRow,
} from './delivery-rows';
import {
  VERSION_SUMMARY_COLUMNS,
  toVersionSummary,
  type VersionSummaryRow,
} from '../versions/report-version-rows';

export interface NewAmendment {
  correction: string;
  reason: string;
  conclusionImpact: string;
  conclusionsChanged: boolean;
  authorUserId: string;
  authorName: string;
  approver: AmendmentApprover;
}

/** Delivery dates, the sealed scans and the amendments of an evaluation (row-level security applies). */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly db: TenantDatabase) {}

  /** The latest 终稿 (final_draft) saved: what the review signed and the firm issues. */
  async latestFinalDraft(evaluation: EvaluationRow): Promise<{ id: string; model: ReportModel } | null> {
    const [row] = (await this.db.manager.query(
      `SELECT id, model FROM evaluation_report_version
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND stage = 'final_draft' ORDER BY seq DESC LIMIT 1`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as { id: string; model: ReportModel }[];
    return row ?? null;
  }

  /** The version issued last (a returned report is issued again as a new version). */
  async issuedVersion(evaluation: EvaluationRow): Promise<ReportVersionSummary | null> {
    const [row] = (await this.db.manager.query(
      `SELECT ${VERSION_SUMMARY_COLUMNS} FROM evaluation_report_version v
        WHERE v.bureau_org_id = $1 AND v.evaluation_id = $2 AND v.stage = 'issued' ORDER BY v.seq DESC LIMIT 1`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as VersionSummaryRow[];
    return row ? toVersionSummary(row) : null;
  }

  async dates(evaluation: EvaluationRow): Promise<DeliveryDatesRow> {
    const [row] = (await this.db.manager.query(
      `SELECT ${DELIVERY_DATES_COLUMNS} FROM evaluation WHERE bureau_org_id = $1 AND id = $2`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as DeliveryDatesRow[];
    if (!row) throw new Error('Evaluation row vanished');
    return row;
  }

  async sealedScans(evaluation: EvaluationRow): Promise<EvaluationFile[]> {
    const rows = (await this.db.manager.query(
      `SELECT id, original_name, media_type, size::text AS size, sha256, uploaded_at, uploaded_by_name
         FROM evaluation_file
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND purpose = 'issued_report'
        ORDER BY uploaded_at, id`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as SealedScanRow[];
    return rows.map(toSealedScan);
  }

  async amendments(evaluation: EvaluationRow): Promise<Amendment[]> {
    const rows = (await this.db.manager.query(
      `SELECT ${AMENDMENT_COLUMNS} FROM evaluation_amendment
        WHERE bureau_org_id = $1 AND evaluation_id = $2 ORDER BY seq`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as AmendmentRow[];
    return rows.map(toAmendment);
  }

  /** Active users of the evaluation's firm with the reviewer role (the firm reads its own users). */
  async approvers(evaluation: EvaluationRow): Promise<AmendmentApprover[]> {
    const rows = (await this.db.manager.query(
      `SELECT id, display_name FROM app_user
        WHERE organisation_id = $1 AND status = 'active' AND 'reviewer' = ANY (roles)
        ORDER BY display_name, id LIMIT 500`,
      [evaluation.firm_org_id],
    )) as ApproverRow[];
    return rows.map(toApprover);
  }

  /**
   * Appends an amendment; its number is the next of the evaluation. An archived evaluation cannot be
   * locked (its row takes no UPDATE lock), so amendments of one evaluation queue on an advisory lock.
   */
  async addAmendment(evaluation: EvaluationRow, amendment: NewAmendment): Promise<Amendment> {
    await this.db.manager.query(`SELECT pg_advisory_xact_lock(hashtext('evaluation_amendment:' || $1))`, [
      evaluation.id,
    ]);
    const [row] = (await this.db.manager.query(
      `INSERT INTO evaluation_amendment
         (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, seq, correction, reason, conclusion_impact,
          conclusions_changed, author_user_id, author_name, approver_user_id, approver_name)
       SELECT $1, $2, $3, $4, COALESCE(MAX(seq), 0) + 1, $5, $6, $7, $8, $9, $10, $11, $12
         FROM evaluation_amendment WHERE bureau_org_id = $1 AND evaluation_id = $2
       RETURNING ${AMENDMENT_COLUMNS}`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        amendment.correction,
        amendment.reason,
        amendment.conclusionImpact,
        amendment.conclusionsChanged,
        amendment.authorUserId,
        amendment.authorName,
        amendment.approver.userId,
        amendment.approver.displayName,
      ],
    )) as AmendmentRow[];
    if (!row) throw new Error('Amendment not inserted');
    return toAmendment(row);
  }
}
