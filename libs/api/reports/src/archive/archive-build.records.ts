import { Injectable } from '@nestjs/common';
import { OwnerDatabase, type ArchiveBuildJob, type OwnerSql } from '@jixiao/api-platform';
import type { ArchiveAudience } from '@jixiao/contracts';
import type { ArchiveManifest } from './codec';
import type { ArchivedEvaluation, StoredFileRow } from './sections';

/** A queued package as the build sees it. */
export interface QueuedPackage {
  status: 'queued' | 'building' | 'ready' | 'failed';
  createdAt: Date;
}

/** What a finished package records: where it is stored and what it holds. */
export interface BuiltPackage {
  storageKey: string;
  fileName: string;
  size: number;
  sha256: string;
  manifest: ArchiveManifest;
}

const PACKAGE_OF = `bureau_org_id = $1 AND evaluation_id = $2 AND audience = $3`;

/**
 * The archive build's reads and writes (the `archive.build` job, on the owner connection: a job has
 * no tenant context). Request-time reads of the packages are `ArchivePackageRepository`'s.
 */
@Injectable()
export class ArchiveBuildRecords {
  constructor(private readonly db: OwnerDatabase) {}

  /**
   * Takes the evaluation's build lock in `lock`'s transaction: a transaction-scoped advisory lock, so no
   * row is locked and progress updates go through. Answers false when another build holds it.
   */
  async lockEvaluation(lock: OwnerSql, evaluationId: string): Promise<boolean> {
    const [taken] = await lock.query<{ locked: boolean }>(
      `SELECT pg_try_advisory_xact_lock(hashtextextended('archive.build:' || $1, 0)) AS locked`,
      [evaluationId],
    );
    return taken?.locked === true;
  }

  async queuedPackage(job: ArchiveBuildJob, audience: ArchiveAudience): Promise<QueuedPackage | null> {
    const [row] = await this.db.query<{ status: QueuedPackage['status']; created_at: Date }>(
      `SELECT status, created_at FROM evaluation_archive_package WHERE ${PACKAGE_OF}`,
      [job.bureauOrgId, job.evaluationId, audience],
    );
    return row ? { status: row.status, createdAt: row.created_at } : null;
  }

  /** The evaluation to archive, or null when it is missing or not archived. */
  async archivedEvaluation(job: ArchiveBuildJob): Promise<ArchivedEvaluation | null> {
    const [row] = await this.db.query<ArchivedEvaluation & { status: string }>(
      `SELECT bureau_org_id AS "bureauOrgId", id, firm_org_id AS "firmOrgId", unit_org_id AS "unitOrgId", title,
              bureau_name AS "bureauName", firm_name AS "firmName", unit_name AS "unitName",
              fiscal_year AS "fiscalYear", status
         FROM evaluation WHERE bureau_org_id = $1 AND id = $2`,
      [job.bureauOrgId, job.evaluationId],
    );
    if (!row || row.status !== 'archived') return null;
    const { status: _status, ...evaluation } = row;
    return evaluation;
  }

  /** The stored render of a report version in `format`, when one was made. */
  async storedRender(
    evaluation: ArchivedEvaluation,
    versionId: string,
    format: 'docx' | 'pdf',
  ): Promise<StoredFileRow | null> {
    const [rendered] = await this.db.query<StoredFileRow>(
      `SELECT f.id, f.storage_key, f.original_name, f.size::text AS size, f.sha256, f.uploaded_by_name, f.uploaded_at
         FROM evaluation_report_render r
         JOIN evaluation_file f ON f.bureau_org_id = r.bureau_org_id AND f.id = r.file_id
        WHERE r.bureau_org_id = $1 AND r.version_id = $2 AND r.format = $3 AND r.status = 'done'`,
      [evaluation.bureauOrgId, versionId, format],
    );
    return rendered ?? null;
  }

  async markProgress(job: ArchiveBuildJob, audience: ArchiveAudience, progress: number): Promise<void> {
    await this.db.query(
      `UPDATE evaluation_archive_package SET status = 'building', progress = $4, failure = NULL, updated_at = now()
        WHERE ${PACKAGE_OF} AND status <> 'ready'`,
      [job.bureauOrgId, job.evaluationId, audience, progress],
    );
  }

  async markReady(job: ArchiveBuildJob, audience: ArchiveAudience, built: BuiltPackage): Promise<void> {
    await this.db.query(
      `UPDATE evaluation_archive_package
          SET status = 'ready', progress = 100, failure = NULL, storage_key = $4, file_name = $5, size = $6,
              sha256 = $7, manifest = $8, built_at = now(), updated_at = now()
        WHERE ${PACKAGE_OF} AND status <> 'ready'`,
      [
        job.bureauOrgId,
        job.evaluationId,
        audience,
        built.storageKey,
        built.fileName,
        built.size,
        built.sha256,
        JSON.stringify(built.manifest),
      ],
    );
  }

  /** Both copies read the same records: a failure is the build's, shown on every copy not yet ready. */
  async markFailed(job: ArchiveBuildJob, message: string): Promise<void> {
    await this.db.query(
      `UPDATE evaluation_archive_package SET status = 'failed', failure = $3, updated_at = now()
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND status <> 'ready'`,
      [job.bureauOrgId, job.evaluationId, message.slice(0, 2000)],
    );
  }
}
