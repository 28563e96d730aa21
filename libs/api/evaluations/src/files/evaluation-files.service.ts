import { randomUUID } from 'node:crypto';
import { Injectable, type StreamableFile } from '@nestjs/common';
import {
  EVALUATION_FILE_PURPOSES,
  type EvaluationFile,
  type EvaluationFilePurpose,
  type FileKind,
} from '@jixiao/contracts';
import type { WorkAction } from '@jixiao/domain';
import {
  AppError,
  AuditTrail,
  FileDownloads,
  FileStorage,
  FileUploads,
  RequestContext,
} from '@jixiao/api-platform';
import type { Request, Response } from 'express';
import { EvaluationAccess } from '../evaluations/evaluation-access';
import { WorkGuard } from '../evaluations/work-guard';
import { EvaluationFilesRepository } from './evaluation-files.repository';

/** Who may add a file of each purpose, and which document types it may be. */
const PURPOSES: Record<EvaluationFilePurpose, { work: WorkAction; accept: readonly FileKind[] }> = {
  engagement_letter: { work: 'upload_engagement_letter', accept: ['pdf', 'docx', 'doc', 'jpeg', 'png'] },
  plan_attachment: { work: 'edit_plan', accept: ['pdf', 'docx', 'doc', 'xlsx', 'xls', 'jpeg', 'png'] },
  // Fieldwork: the unit's source document of a fiscal figure (issue 9)
  figure_source: { work: 'enter_figures', accept: ['pdf', 'docx', 'doc', 'xlsx', 'xls', 'jpeg', 'png'] },
  // Delivery (出具, issue 11): the scan of the sealed report (盖章版)
  issued_report: { work: 'upload_sealed_report', accept: ['pdf', 'jpeg', 'png'] },
  // Feedback (征求意见, issue 11): the unit head's scan of the signed and stamped form
  feedback_form: { work: 'sign_feedback', accept: ['pdf', 'jpeg', 'png'] },
};

const MAX_BYTES = 50 * 1024 * 1024;

function isPurpose(value: unknown): value is EvaluationFilePurpose {
  return typeof value === 'string' && (EVALUATION_FILE_PURPOSES as readonly string[]).includes(value);
}

/**
 * Files of an evaluation through the storage port: checked by content, hashed, shared with the three
 * parties, never replaced. A refused or failed upload leaves nothing stored.
 */
@Injectable()
export class EvaluationFilesService {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly guard: WorkGuard,
    private readonly files: EvaluationFilesRepository,
    private readonly uploads: FileUploads,
    private readonly downloads: FileDownloads,
    private readonly storage: FileStorage,
    private readonly audit: AuditTrail,
  ) {}

  async upload(id: string, purpose: unknown, request: Request): Promise<EvaluationFile> {
    const row = await this.access.require(id);
    if (!isPurpose(purpose)) throw AppError.validation([{ field: 'purpose', code: 'isIn' }]);
    const rule = PURPOSES[purpose];
    await this.guard.require(rule.work, row);
    const fileId = randomUUID();
    const key = `evaluation/${row.bureau_org_id}/${row.id}/${fileId}`;
    const info = await this.uploads.receive(request, { key, accept: rule.accept, maxBytes: MAX_BYTES });
    const principal = this.context.requirePrincipal();
    try {
      await this.files.insert(row, {
        id: fileId,
        purpose,
        visibility: 'shared',
        storageKey: key,
        originalName: info.originalName,
        mediaType: info.mediaType,
        size: info.size,
        sha256: info.sha256,
        uploadedBy: principal.userId,
        uploadedByName: principal.displayName,
        ownerOrgId: principal.organisationId,
      });
      await this.audit.record({
        action: 'evaluation.file_upload',
        targetType: 'evaluation',
        targetId: row.id,
        detail: { fileId, purpose, sha256: info.sha256, size: info.size },
      });
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
    const stored = await this.files.find(row, fileId);
    if (!stored) throw AppError.notFound();
    return {
      id: stored.id,
      purpose: stored.purpose,
      name: stored.name,
      mediaType: stored.mediaType,
      size: stored.size,
      sha256: stored.sha256,
      uploadedAt: stored.uploadedAt,
      uploadedByName: stored.uploadedByName,
    };
  }

  async download(id: string, fileId: string, response: Response): Promise<StreamableFile> {
    const row = await this.access.require(id);
    const file = await this.files.find(row, fileId);
    if (!file) throw AppError.notFound();
    return this.downloads.attachment(response, {
      key: file.storageKey,
      mediaType: file.mediaType,
      originalName: file.name,
      size: file.size,
    });
  }
}
