import { Injectable } from '@nestjs/common';
import type { ReportFormat, ReportRenderStatus } from '@jixiao/contracts';
import type { EvaluationRow } from '@jixiao/api-evaluations';
import { TenantDatabase } from '@jixiao/api-platform';

interface RenderRow {
  format: ReportFormat;
  status: Exclude<ReportRenderStatus['status'], 'none'>;
  progress: number;
  failure: ReportRenderStatus['failure'];
}

export interface RenderedFile {
  storageKey: string;
  originalName: string;
  mediaType: string;
  size: number;
}

/** Render rows of a version (visible to the parties that see the version) and the stored file of a done one. */
@Injectable()
export class RenderRepository {
  constructor(private readonly db: TenantDatabase) {}

  async list(evaluation: EvaluationRow, versionId: string): Promise<RenderRow[]> {
    return (await this.db.manager.query(
      `SELECT format, status, progress, failure FROM evaluation_report_render
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND version_id = $3 ORDER BY format`,
      [evaluation.bureau_org_id, evaluation.id, versionId],
    )) as RenderRow[];
  }

  /** Queues a render unless one is queued, running or done; a failed one is queued again. True when queued now. */
  async queue(evaluation: EvaluationRow, versionId: string, format: ReportFormat): Promise<boolean> {
    const rows = (await this.db.manager.query(
      `INSERT INTO evaluation_report_render (bureau_org_id, evaluation_id, version_id, format, firm_org_id, unit_org_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (bureau_org_id, version_id, format) DO UPDATE
         SET status = 'queued', progress = 0, failure = NULL, updated_at = now()
         WHERE evaluation_report_render.status = 'failed'
       RETURNING status`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        versionId,
        format,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
      ],
    )) as unknown[];
    return rows.length === 1;
  }

  async file(
    evaluation: EvaluationRow,
    versionId: string,
    format: ReportFormat,
  ): Promise<RenderedFile | null> {
    const [row] = (await this.db.manager.query(
      `SELECT f.storage_key, f.original_name, f.media_type, f.size::int AS size
         FROM evaluation_report_render r
         JOIN evaluation_file f ON f.bureau_org_id = r.bureau_org_id AND f.id = r.file_id
        WHERE r.bureau_org_id = $1 AND r.evaluation_id = $2 AND r.version_id = $3 AND r.format = $4 AND r.status = 'done'`,
      [evaluation.bureau_org_id, evaluation.id, versionId, format],
    )) as { storage_key: string; original_name: string; media_type: string; size: number }[];
    return row
      ? {
          storageKey: row.storage_key,
          originalName: row.original_name,
          mediaType: row.media_type,
          size: row.size,
        }
      : null;
  }
}
