import { Injectable } from '@nestjs/common';
import type {
  ArchiveAmendmentEntry,
  ArchiveAudience,
  ArchiveEntry,
  ArchivePackageStatus,
} from '@jixiao/contracts';
import type { EvaluationRow } from '@jixiao/api-evaluations';
import { TenantDatabase } from '@jixiao/api-platform';

/** The package row as the firm and the bureau read it (row-level security hides it from the unit). */
export interface ArchivePackageRow {
  status: ArchivePackageStatus;
  progress: number;
  failure: string | null;
  storageKey: string | null;
  fileName: string | null;
  size: number | null;
  sha256: string | null;
  manifest: { files: ArchiveEntry[] } | null;
  createdAt: Date;
  builtAt: Date | null;
}

interface SqlPackageRow {
  status: ArchivePackageStatus;
  progress: number;
  failure: string | null;
  storage_key: string | null;
  file_name: string | null;
  size: string | null;
  sha256: string | null;
  manifest: { files: ArchiveEntry[] } | null;
  created_at: Date;
  built_at: Date | null;
}

interface SqlAmendmentRow {
  seq: number;
  correction: string;
  reason: string;
  conclusion_impact: string;
  conclusions_changed: boolean;
  author_name: string;
  approver_name: string;
  created_at: Date;
}

/**
 * The packages to build for one archived evaluation (queued): the firm's engagement file and the
 * bureau's copy. Parameters: bureau, evaluation, firm, unit, requesting user id and name. The demo seed
 * queues its archived evaluation with the same statement.
 */
export const QUEUE_ARCHIVE_PACKAGES = `INSERT INTO evaluation_archive_package
         (bureau_org_id, evaluation_id, audience, firm_org_id, unit_org_id, requested_by, requested_by_name)
  SELECT $1, $2, audience, $3, $4, $5, $6 FROM unnest(ARRAY['firm', 'bureau']) AS audience`;

@Injectable()
export class ArchivePackageRepository {
  constructor(private readonly db: TenantDatabase) {}

  async find(evaluation: EvaluationRow, audience: ArchiveAudience): Promise<ArchivePackageRow | null> {
    const [row] = (await this.db.manager.query(
      `SELECT status, progress, failure, storage_key, file_name, size::text AS size, sha256, manifest, created_at, built_at
         FROM evaluation_archive_package WHERE bureau_org_id = $1 AND evaluation_id = $2 AND audience = $3`,
      [evaluation.bureau_org_id, evaluation.id, audience],
    )) as SqlPackageRow[];
    if (!row) return null;
    return {
      status: row.status,
      progress: row.progress,
      failure: row.failure,
      storageKey: row.storage_key,
      fileName: row.file_name,
      size: row.size === null ? null : Number(row.size),
      sha256: row.sha256,
      manifest: row.manifest,
      createdAt: row.created_at,
      builtAt: row.built_at,
    };
  }

  /** Amendments (更正记录), oldest first: recorded after archiving, so never inside the package. */
  async amendments(evaluation: EvaluationRow): Promise<ArchiveAmendmentEntry[]> {
    const rows = (await this.db.manager.query(
      `SELECT seq, correction, reason, conclusion_impact, conclusions_changed, author_name, approver_name, created_at
         FROM evaluation_amendment WHERE bureau_org_id = $1 AND evaluation_id = $2 ORDER BY seq`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as SqlAmendmentRow[];
    return rows.map((row) => ({
      seq: row.seq,
      correction: row.correction,
      reason: row.reason,
      conclusionImpact: row.conclusion_impact,
      conclusionsChanged: row.conclusions_changed,
      authorName: row.author_name,
      approverName: row.approver_name,
      createdAt: row.created_at.toISOString(),
    }));
  }

  /**
   * In the ARCHIVE transition's transaction, as the archivist: the packages to build (queued), the
   * firm's engagement file and the bureau's copy.
   */
  async queue(evaluation: EvaluationRow, requestedBy: { userId: string; name: string }): Promise<void> {
    await this.db.manager.query(QUEUE_ARCHIVE_PACKAGES, [
      evaluation.bureau_org_id,
      evaluation.id,
      evaluation.firm_org_id,
      evaluation.unit_org_id,
      requestedBy.userId,
      requestedBy.name,
    ]);
  }
}
