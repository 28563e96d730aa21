import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { FileStorage, OwnerDatabase, RenderJobs, type ReportRenderJob } from '@jixiao/api-platform';
import { reportDocumentOf, type DocumentTable, type ReportModel } from '@jixiao/domain';
import {
  PdfConversionError,
  createPdfConverter,
  writeReportDocx,
  writeScoringTableXlsx,
  type PdfConverter,
} from '../codecs';
import { MEDIA_TYPES, fileName } from './render-formats';

interface VersionForRender {
  model: ReportModel;
  seq: number;
  stage: string;
  firm_org_id: string;
  unit_org_id: string;
  created_by_user_id: string;
  created_by_name: string;
}

/**
 * The `report.render` job: one saved version to .docx (the docx codec), PDF (LibreOffice from that
 * .docx) or the scoring table .xlsx; progress on the render row, the file stored once through the
 * storage port as an `evaluation_file` of purpose `report_version` (internal to the firm for a 初稿,
 * shared from 交换意见稿 on). Runs on the owner connection, like every job.
 */
@Injectable()
export class ReportRenderer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ReportRenderer.name);
  private converter: PdfConverter | null = null;

  constructor(
    private readonly jobs: RenderJobs,
    private readonly db: OwnerDatabase,
    private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.jobs.register((job) => this.render(job));
  }

  async onModuleDestroy(): Promise<void> {
    await this.converter?.dispose();
  }

  async render(job: ReportRenderJob): Promise<void> {
    const [version] = await this.db.query<VersionForRender>(
      `SELECT model, seq, stage, firm_org_id, unit_org_id, created_by_user_id, created_by_name
         FROM evaluation_report_version WHERE bureau_org_id = $1 AND evaluation_id = $2 AND id = $3`,
      [job.bureauOrgId, job.evaluationId, job.versionId],
    );
    if (!version) return;
    const [state] = await this.db.query<{ status: string }>(
      `SELECT status FROM evaluation_report_render WHERE bureau_org_id = $1 AND version_id = $2 AND format = $3`,
      [job.bureauOrgId, job.versionId, job.format],
    );
    if (!state || state.status === 'done') return;
    await this.progress(job, 'rendering', 10);
    try {
      const bytes = await this.bytes(job, version.model);
      await this.store(job, version, bytes);
    } catch (error) {
      const failure = error instanceof PdfConversionError ? error.failure : 'render_failed';
      this.logger.warn(`Render ${job.versionId} ${job.format} failed: ${String(error)}`);
      await this.db.query(
        `UPDATE evaluation_report_render SET status = 'failed', failure = $4, updated_at = now()
          WHERE bureau_org_id = $1 AND version_id = $2 AND format = $3`,
        [job.bureauOrgId, job.versionId, job.format, failure],
      );
      // A missing converter will not appear on a retry; anything else is retried by the queue.
      if (failure !== 'converter_missing') throw error;
    }
  }

  private async bytes(job: ReportRenderJob, model: ReportModel): Promise<Buffer> {
    const document = reportDocumentOf(model);
    if (job.format === 'xlsx') {
      const table = document.sections
        .flatMap((section) => section.blocks)
        .find(
          (block): block is DocumentTable => block.kind === 'table' && block.anchor === 'table:appendix1',
        );
      if (!table) throw new Error('No scoring table in the report');
      return writeScoringTableXlsx(table);
    }
    const docx = await writeReportDocx(document);
    if (job.format === 'docx') return docx;
    await this.progress(job, 'rendering', 50);
    this.converter ??= createPdfConverter();
    return this.converter.convert(docx);
  }

  private async store(job: ReportRenderJob, version: VersionForRender, bytes: Buffer): Promise<void> {
    await this.progress(job, 'rendering', 90);
    const fileId = randomUUID();
    const key = `evaluations/${job.bureauOrgId}/${job.evaluationId}/report/${fileId}.${job.format}`;
    await this.storage.put(key, bytes);
    const title = version.model.facts.evaluationTitle;
    await this.db.query(
      `INSERT INTO evaluation_file (bureau_org_id, evaluation_id, id, firm_org_id, unit_org_id, owner_org_id, visibility,
                                    purpose, storage_key, original_name, media_type, size, sha256, uploaded_by, uploaded_by_name)
       VALUES ($1, $2, $3, $4, $5, $4, $6, 'report_version', $7, $8, $9, $10, $11, $12, $13)`,
      [
        job.bureauOrgId,
        job.evaluationId,
        fileId,
        version.firm_org_id,
        version.unit_org_id,
        version.stage === 'draft' ? 'internal' : 'shared',
        key,
        fileName(title, version.model.options.versionLabel, version.seq, job.format),
        MEDIA_TYPES[job.format],
        bytes.length,
        createHash('sha256').update(bytes).digest('hex'),
        version.created_by_user_id,
        version.created_by_name,
      ],
    );
    await this.db.query(
      `UPDATE evaluation_report_render SET status = 'done', progress = 100, file_id = $4, failure = NULL, updated_at = now()
        WHERE bureau_org_id = $1 AND version_id = $2 AND format = $3`,
      [job.bureauOrgId, job.versionId, job.format, fileId],
    );
  }

  private async progress(job: ReportRenderJob, status: 'rendering', progress: number): Promise<void> {
    await this.db.query(
      `UPDATE evaluation_report_render SET status = $4, progress = $5, updated_at = now()
        WHERE bureau_org_id = $1 AND version_id = $2 AND format = $3`,
      [job.bureauOrgId, job.versionId, job.format, status, progress],
    );
  }
}
