import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ArchiveJobs, FileStorage, OwnerDatabase, type ArchiveBuildJob } from '@jixiao/api-platform';
import type { ArchiveAudience } from '@jixiao/contracts';
import { reportDocumentOf } from '@jixiao/domain';
import { createPdfConverter, writeReportDocx, type PdfConverter } from '../codecs';
import { fileName } from '../renders/render-formats';
import { writeArchiveZip, type ArchiveFile } from './codec';
import { archivePackageFileName, archivePackageKey } from './archive-package.key';
import {
  ARCHIVE_SECTIONS,
  type ArchiveContext,
  type ArchivedEvaluation,
  type ReportVersionRow,
  type StoredFileRow,
} from './sections';
import { readAll } from './stored-bytes';

const REPORT_FOLDER = '07 报告各版本';
/** The packages of one evaluation, built in this order by the same job: the firm's, then the bureau's copy. */
const AUDIENCES: readonly ArchiveAudience[] = ['firm', 'bureau'];

/** Report bytes by `<version id>:<format>`, for one job. */
type RenderCache = Map<string, { bytes: Buffer; source: string }>;

interface PackageRow {
  status: 'queued' | 'building' | 'ready' | 'failed';
  created_at: Date;
}

/**
 * The `archive.build` job (issue 11): assembles the engagement file of an archived evaluation section
 * by section (progress on its package row), writes the zip with its index and manifest, stores it
 * through the storage port and records its key, size, SHA-256 and manifest. Idempotent: a ready
 * package is left alone, and a rerun writes the same bytes under the same key. A failure is recorded
 * on the row (visible to the firm) and rethrown, so pg-boss retries it. Runs on the owner connection.
 */
@Injectable()
export class ArchiveBuilder implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ArchiveBuilder.name);
  private converter: PdfConverter | null = null;

  constructor(
    private readonly jobs: ArchiveJobs,
    private readonly db: OwnerDatabase,
    private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.jobs.register((job) => this.build(job));
  }

  async onModuleDestroy(): Promise<void> {
    await this.converter?.dispose();
  }

  /**
   * One build per evaluation at a time, whatever the queue does: a transaction-scoped advisory lock held
   * on its own connection for the whole build (no row is locked, so progress updates go through). A
   * second run that finds it taken fails and is retried; by then the package is ready and it stops.
   */
  async build(job: ArchiveBuildJob): Promise<void> {
    await this.db.transaction(async (lock) => {
      const [taken] = await lock.query<{ locked: boolean }>(
        `SELECT pg_try_advisory_xact_lock(hashtextextended('archive.build:' || $1, 0)) AS locked`,
        [job.evaluationId],
      );
      if (!taken?.locked)
        throw new Error(`The archive package of ${job.evaluationId} is being built already`);
      await this.buildLocked(job);
    });
  }

  private async buildLocked(job: ArchiveBuildJob): Promise<void> {
    // Reports rendered in memory for the firm's package are reused for the bureau's copy.
    const renders: RenderCache = new Map();
    for (const audience of AUDIENCES) await this.buildPackage(job, audience, renders);
  }

  private async buildPackage(
    job: ArchiveBuildJob,
    audience: ArchiveAudience,
    renders: RenderCache,
  ): Promise<void> {
    const [row] = await this.db.query<PackageRow>(
      `SELECT status, created_at FROM evaluation_archive_package
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND audience = $3`,
      [job.bureauOrgId, job.evaluationId, audience],
    );
    if (!row) throw new Error(`No ${audience} archive package queued for evaluation ${job.evaluationId}`);
    if (row.status === 'ready') return;
    await this.progress(job, audience, 5);
    try {
      await this.assemble(job, audience, row.created_at, renders);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Archive package (${audience}) of ${job.evaluationId} failed: ${message}`);
      // Both copies read the same records: the failure is the build's, shown on every copy not yet ready.
      await this.db.query(
        `UPDATE evaluation_archive_package SET status = 'failed', failure = $3, updated_at = now()
          WHERE bureau_org_id = $1 AND evaluation_id = $2 AND status <> 'ready'`,
        [job.bureauOrgId, job.evaluationId, message.slice(0, 2000)],
      );
      throw error;
    }
  }

  private async assemble(
    job: ArchiveBuildJob,
    audience: ArchiveAudience,
    assembledAt: Date,
    renders: RenderCache,
  ): Promise<void> {
    const evaluation = await this.evaluation(job);
    const context = this.context(evaluation, audience, renders);
    const files: ArchiveFile[] = [];
    for (const [i, section] of ARCHIVE_SECTIONS.entries()) {
      files.push(...(await section.files(context)));
      await this.progress(job, audience, 5 + Math.round((80 * (i + 1)) / ARCHIVE_SECTIONS.length));
    }
    const zip = await writeArchiveZip(files, {
      evaluationId: evaluation.id,
      title: evaluation.title,
      assembledAt,
    });
    await this.progress(job, audience, 90);
    const key = archivePackageKey(job.bureauOrgId, job.evaluationId, audience);
    const stored = await this.storage.put(key, zip.bytes);
    if (stored.sha256 !== zip.sha256 || stored.size !== zip.bytes.length)
      throw new Error('The stored archive package differs from the one written');
    await this.db.query(
      `UPDATE evaluation_archive_package
          SET status = 'ready', progress = 100, failure = NULL, storage_key = $4, file_name = $5, size = $6,
              sha256 = $7, manifest = $8, built_at = now(), updated_at = now()
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND audience = $3 AND status <> 'ready'`,
      [
        job.bureauOrgId,
        job.evaluationId,
        audience,
        key,
        archivePackageFileName(evaluation.title, audience),
        zip.bytes.length,
        zip.sha256,
        JSON.stringify(zip.manifest),
      ],
    );
  }

  private async evaluation(job: ArchiveBuildJob): Promise<ArchivedEvaluation> {
    const [row] = await this.db.query<ArchivedEvaluation & { status: string }>(
      `SELECT bureau_org_id AS "bureauOrgId", id, firm_org_id AS "firmOrgId", unit_org_id AS "unitOrgId", title,
              bureau_name AS "bureauName", firm_name AS "firmName", unit_name AS "unitName",
              fiscal_year AS "fiscalYear", status
         FROM evaluation WHERE bureau_org_id = $1 AND id = $2`,
      [job.bureauOrgId, job.evaluationId],
    );
    if (!row || row.status !== 'archived') throw new Error(`Evaluation ${job.evaluationId} is not archived`);
    return {
      bureauOrgId: row.bureauOrgId,
      id: row.id,
      firmOrgId: row.firmOrgId,
      unitOrgId: row.unitOrgId,
      title: row.title,
      bureauName: row.bureauName,
      firmName: row.firmName,
      unitName: row.unitName,
      fiscalYear: row.fiscalYear,
    };
  }

  private context(
    evaluation: ArchivedEvaluation,
    audience: ArchiveAudience,
    renders: RenderCache,
  ): ArchiveContext {
    const storedFile = async (file: StoredFileRow): Promise<Buffer> => {
      const bytes = await readAll(await this.storage.get(file.storage_key));
      if (createHash('sha256').update(bytes).digest('hex') !== file.sha256.trim())
        throw new Error(`Stored file ${file.id} (${file.original_name}) does not match its recorded SHA-256`);
      return bytes;
    };
    return {
      evaluation,
      audience,
      db: this.db,
      storedFile,
      reportFile: async (version, format) => {
        const cacheKey = `${version.id}:${format}`;
        const rendered =
          renders.get(cacheKey) ?? (await this.reportBytes(evaluation, version, format, storedFile));
        renders.set(cacheKey, rendered);
        return {
          section: REPORT_FOLDER,
          name: fileName(evaluation.title, version.model.options.versionLabel, version.seq, format),
          ...rendered,
        };
      },
    };
  }

  private async reportBytes(
    evaluation: ArchivedEvaluation,
    version: ReportVersionRow,
    format: 'docx' | 'pdf',
    storedFile: (file: StoredFileRow) => Promise<Buffer>,
  ): Promise<{ bytes: Buffer; source: string }> {
    const [rendered] = await this.db.query<StoredFileRow>(
      `SELECT f.id, f.storage_key, f.original_name, f.size::text AS size, f.sha256, f.uploaded_by_name, f.uploaded_at
         FROM evaluation_report_render r
         JOIN evaluation_file f ON f.bureau_org_id = r.bureau_org_id AND f.id = r.file_id
        WHERE r.bureau_org_id = $1 AND r.version_id = $2 AND r.format = $3 AND r.status = 'done'`,
      [evaluation.bureauOrgId, version.id, format],
    );
    if (rendered) return { bytes: await storedFile(rendered), source: `evaluation_file:${rendered.id}` };
    const docx = await writeReportDocx(reportDocumentOf(version.model));
    if (format === 'docx')
      return { bytes: docx, source: `report_version:${version.id} (rendered for the archive)` };
    this.converter ??= createPdfConverter();
    return {
      bytes: await this.converter.convert(docx),
      source: `report_version:${version.id} (rendered for the archive)`,
    };
  }

  private async progress(job: ArchiveBuildJob, audience: ArchiveAudience, progress: number): Promise<void> {
    await this.db.query(
      `UPDATE evaluation_archive_package SET status = 'building', progress = $4, failure = NULL, updated_at = now()
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND audience = $3 AND status <> 'ready'`,
      [job.bureauOrgId, job.evaluationId, audience, progress],
    );
  }
}
