import { randomUUID } from 'node:crypto';
import { Injectable, type StreamableFile } from '@nestjs/common';
import type { FileKind, WorkPaper } from '@jixiao/contracts';
import { WORK_PAPER_ATTACHMENTS_MAX } from '@jixiao/domain';
import {
  AppError,
  AuditTrail,
  FileDownloads,
  FileStorage,
  FileUploads,
  RequestContext,
} from '@jixiao/api-platform';
import type { Request, Response } from 'express';
import { WorkGuard } from '../evaluations/work-guard';
import { WorkPaperAccess } from './work-paper-access';
import { WorkPaperRepository } from './work-paper.repository';
import { WorkPapersService } from './work-papers.service';

const ACCEPT: readonly FileKind[] = ['pdf', 'docx', 'doc', 'xlsx', 'xls', 'jpeg', 'png', 'zip'];
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Attachments of work papers through the storage port: `evaluation_file` rows of purpose
 * `work_paper`, internal to the firm, checked by content and hashed; a failed upload leaves nothing stored.
 */
@Injectable()
export class WorkPaperFilesService {
  constructor(
    private readonly context: RequestContext,
    private readonly door: WorkPaperAccess,
    private readonly guard: WorkGuard,
    private readonly papers: WorkPaperRepository,
    private readonly workPapers: WorkPapersService,
    private readonly uploads: FileUploads,
    private readonly downloads: FileDownloads,
    private readonly storage: FileStorage,
    private readonly audit: AuditTrail,
  ) {}

  async upload(id: string, paperId: string, request: Request): Promise<WorkPaper> {
    // Checked before the upload streams in; the paper is locked only once the file is stored.
    const { row, paper } = await this.door.requirePaper(id, paperId);
    await this.guard.require('edit_work_papers', row);
    if (paper.attachmentCount >= WORK_PAPER_ATTACHMENTS_MAX)
      throw AppError.validation([
        {
          field: 'file',
          code: 'work_paper.too_many_attachments',
          params: { max: WORK_PAPER_ATTACHMENTS_MAX },
        },
      ]);
    const fileId = randomUUID();
    const key = `evaluation/${row.bureau_org_id}/${row.id}/${fileId}`;
    const info = await this.uploads.receive(request, { key, accept: ACCEPT, maxBytes: MAX_BYTES });
    const principal = this.context.requirePrincipal();
    const uploader = { userId: principal.userId, name: principal.displayName };
    try {
      const locked = await this.papers.find(row, paperId, true);
      if (!locked) throw AppError.notFound();
      await this.papers.insertFile(row, { id: fileId, storageKey: key, ...info, uploader });
      await this.papers.attach(row, paperId, fileId);
      await this.papers.appendHistory(row, paperId, {
        actor: uploader,
        event: 'attachment_added',
        version: locked.version,
        body: null,
        note: info.originalName,
      });
      await this.audit.record({
        action: 'evaluation.work_paper_attach',
        targetType: 'evaluation',
        targetId: row.id,
        detail: { paperId, fileId, sha256: info.sha256, size: info.size },
      });
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
    return this.workPapers.get(id, paperId);
  }

  async download(id: string, paperId: string, fileId: string, response: Response): Promise<StreamableFile> {
    const { row } = await this.door.requirePaper(id, paperId);
    const file = await this.papers.attachmentFile(row, paperId, fileId);
    if (!file) throw AppError.notFound();
    return this.downloads.attachment(response, {
      key: file.storageKey,
      mediaType: file.mediaType,
      originalName: file.name,
      size: file.size,
    });
  }
}
