import type { ServerResponse } from 'node:http';
import { Injectable, type StreamableFile } from '@nestjs/common';
import { REPORT_FORMATS, type ReportFormat, type ReportRenderStatus } from '@jixiao/contracts';
import { EvaluationAccess, type EvaluationRow } from '@jixiao/api-evaluations';
import { AppError, AuditTrail, FileDownloads, JobQueue } from '@jixiao/api-platform';
import { ReportRepository } from '../versions/report.repository';
import { RenderRepository } from './render.repository';

/**
 * Downloads of a saved version: queue a render (a pg-boss job, progress on its row), list progress,
 * serve the finished file from storage. Whoever may read the version may download it.
 */
@Injectable()
export class ReportFilesService {
  constructor(
    private readonly access: EvaluationAccess,
    private readonly reports: ReportRepository,
    private readonly renders: RenderRepository,
    private readonly queue: JobQueue,
    private readonly downloads: FileDownloads,
    private readonly audit: AuditTrail,
  ) {}

  async statuses(id: string, versionId: string): Promise<ReportRenderStatus[]> {
    const row = await this.readable(id, versionId);
    const rows = await this.renders.list(row, versionId);
    return REPORT_FORMATS.map(
      (format) =>
        rows.find((entry) => entry.format === format) ?? {
          format,
          status: 'none',
          progress: 0,
          failure: null,
        },
    );
  }

  async render(id: string, versionId: string, format: ReportFormat): Promise<ReportRenderStatus[]> {
    const row = await this.readable(id, versionId);
    if (await this.renders.queue(row, versionId, format)) {
      await this.queue.send(
        'report.render',
        { bureauOrgId: row.bureau_org_id, evaluationId: row.id, versionId, format },
        { singletonKey: `${versionId}:${format}` },
      );
      await this.audit.record({
        action: 'evaluation.report_render',
        targetType: 'evaluation',
        targetId: row.id,
        detail: { versionId, format },
      });
    }
    return this.statuses(id, versionId);
  }

  async download(
    id: string,
    versionId: string,
    format: ReportFormat,
    response: ServerResponse,
  ): Promise<StreamableFile> {
    const row = await this.readable(id, versionId);
    const file = await this.renders.file(row, versionId, format);
    if (!file) {
      const state = (await this.renders.list(row, versionId)).find((entry) => entry.format === format);
      if (state?.failure === 'converter_missing') throw new AppError('REPORT_CONVERTER_UNAVAILABLE', 503);
      throw AppError.notFound();
    }
    return this.downloads.attachment(response, {
      key: file.storageKey,
      mediaType: file.mediaType,
      originalName: file.originalName,
      size: file.size,
    });
  }

  /** The evaluation, when the caller may read the version (row-level security decides); else 404. */
  private async readable(id: string, versionId: string): Promise<EvaluationRow> {
    const row = await this.access.require(id);
    if (!(await this.reports.version(row, versionId))) throw AppError.notFound();
    return row;
  }
}
