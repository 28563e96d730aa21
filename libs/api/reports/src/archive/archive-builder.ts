import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ArchiveJobs, FileStorage, OwnerDatabase, type ArchiveBuildJob } from '@jixiao/api-platform';
import type { ArchiveAudience } from '@jixiao/contracts';
import { reportDocumentOf } from '@jixiao/domain';
import { createPdfConverter, writeReportDocx, type PdfConverter } from '../codecs';
import { fileName } from '../renders/render-formats';
import { writeArchiveZip, type ArchiveFile } from './codec';
import { ArchiveBuildRecords } from './archive-build.records';
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
    private readonly records: ArchiveBuildRecords,
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
      if (!(await this.records.lockEvaluation(lock, job.evaluationId)))
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
    const queued = await this.records.queuedPackage(job, audience);
    if (!queued) throw new Error(`No ${audience} archive package queued for evaluation ${job.evaluationId}`);
    if (queued.status === 'ready') return;
    await this.records.markProgress(job, audience, 5);
    try {
      await this.assemble(job, audience, queued.createdAt, renders);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Archive package (${audience}) of ${job.evaluationId} failed: ${message}`);
      await this.records.markFailed(job, message);
      throw error;
    }
  }

  private async assemble(
    job: ArchiveBuildJob,
    audience: ArchiveAudience,
    assembledAt: Date,
    renders: RenderCache,
  ): Promise<void> {
    const evaluation = await this.records.archivedEvaluation(job);
    if (!evaluation) throw new Error(`Evaluation ${job.evaluationId} is not archived`);
    const context = this.context(evaluation, audience, renders);
    const files: ArchiveFile[] = [];
    for (const [i, section] of ARCHIVE_SECTIONS.entries()) {
      files.push(...(await section.files(context)));
      await this.records.markProgress(
        job,
        audience,
        5 + Math.round((80 * (i + 1)) / ARCHIVE_SECTIONS.length),
      );
    }
    const zip = await writeArchiveZip(files, {
      evaluationId: evaluation.id,
      title: evaluation.title,
      assembledAt,
    });
    await this.records.markProgress(job, audience, 90);
    const key = archivePackageKey(job.bureauOrgId, job.evaluationId, audience);
    const stored = await this.storage.put(key, zip.bytes);
    if (stored.sha256 !== zip.sha256 || stored.size !== zip.bytes.length)
      throw new Error('The stored archive package differs from the one written');
    await this.records.markReady(job, audience, {
      storageKey: key,
      fileName: archivePackageFileName(evaluation.title, audience),
      size: zip.bytes.length,
      sha256: zip.sha256,
      manifest: zip.manifest,
    });
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
    const rendered = await this.records.storedRender(evaluation, version.id, format);
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
}
