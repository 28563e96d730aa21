import { Injectable } from '@nestjs/common';
import type { ArchiveEntry, ArchivePackageStatus } from '@jixiao/contracts';
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

@Injectable()
export class ArchivePackageRepository {
  constructor(private readonly db: TenantDatabase) {}

  async find(evaluation: EvaluationRow): Promise<ArchivePackageRow | null> {
    const [row] = (await this.db.manager.query(
      `SELECT status, progress, failure, storage_key, file_name, size::text AS size, sha256, manifest, created_at, built_at
         FROM evaluation_archive_package WHERE bureau_org_id = $1 AND evaluation_id = $2`,
      [evaluation.bureau_org_id, evaluation.id],
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

  /** In the ARCHIVE transition's transaction, as the archivist: the package to build (queued). */
  async queue(evaluation: EvaluationRow, requestedBy: { userId: string; name: string }): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO evaluation_archive_package (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, requested_by, requested_by_name)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        requestedBy.userId,
        requestedBy.name,
      ],
    );
  }
}
