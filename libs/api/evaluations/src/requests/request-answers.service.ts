import { randomUUID } from 'node:crypto';
import { Injectable, type StreamableFile } from '@nestjs/common';
import type { FileKind, RequestFile, RequestItem } from '@jixiao/contracts';
import {
  AppError,
  AuditTrail,
  FileDownloads,
  FileStorage,
  FileUploads,
  IdempotencyStore,
  RequestContext,
} from '@jixiao/api-platform';
import type { Request, Response } from 'express';
import { EvaluationAccess } from '../evaluations/evaluation-access';
import type { EvaluationRow } from '../evaluations/evaluation-row';
import { EvaluationFilesRepository } from '../files/evaluation-files.repository';
import { RequestAnswersRepository } from './request-answers.repository';
import { RequestGuard } from './request-guard';
import type { ItemRow } from './request-rows';
import { toRequestFile } from './request-rows';
import type { SaveRequestAnswerDto, SubmitRequestAnswerDto } from './requests.dto';
import { RequestsService } from './requests.service';

/** Evidence may be documents, spreadsheets, scans, photos, or a zip of many. */
const EVIDENCE_KINDS: readonly FileKind[] = ['pdf', 'docx', 'doc', 'xlsx', 'xls', 'jpeg', 'png', 'zip'];
const MAX_EVIDENCE_BYTES = 100 * 1024 * 1024;
const STALE = () => new AppError('CONFLICT', 409, [{ field: 'version', code: 'stale' }]);

/** The unit's side of the request list: explanation, files and submission of each item's current round. */
@Injectable()
export class RequestAnswersService {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly guard: RequestGuard,
    private readonly requests: RequestsService,
    private readonly answers: RequestAnswersRepository,
    private readonly files: EvaluationFilesRepository,
    private readonly uploads: FileUploads,
    private readonly downloads: FileDownloads,
    private readonly storage: FileStorage,
    private readonly audit: AuditTrail,
    private readonly idempotency: IdempotencyStore,
  ) {}

  async save(id: string, itemId: string, dto: SaveRequestAnswerDto): Promise<RequestItem> {
    const { row, item } = await this.open(id, itemId, 'answer');
    const principal = this.context.requirePrincipal();
    const version = await this.answers.save(row, itemId, item.round, {
      explanation: dto.explanation,
      version: dto.version,
      userId: principal.userId,
      userName: principal.displayName,
    });
    if (version === null) throw STALE();
    await this.requests.record(row, 'evaluation.request_answer', { itemId, round: item.round, version });
    return this.requests.readItem(row, itemId);
  }

  /** One file per request (the web sends several in parallel, each with its own progress). */
  async upload(id: string, itemId: string, request: Request): Promise<RequestFile> {
    const { row, item } = await this.open(id, itemId, 'answer');
    const principal = this.context.requirePrincipal();
    const fileId = randomUUID();
    const key = `evaluation/${row.bureau_org_id}/${row.id}/${fileId}`;
    const info = await this.uploads.receive(request, {
      key,
      accept: EVIDENCE_KINDS,
      maxBytes: MAX_EVIDENCE_BYTES,
    });
    try {
      await this.files.insert(row, {
        id: fileId,
        purpose: 'request_evidence',
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
      await this.answers.ensure(row, itemId, item.round, {
        id: principal.userId,
        name: principal.displayName,
      });
      await this.answers.linkFile(row, itemId, item.round, fileId);
      await this.requests.record(row, 'evaluation.request_file_upload', {
        itemId,
        round: item.round,
        fileId,
        sha256: info.sha256,
        size: info.size,
      });
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
    const stored = await this.answers.findFile(row, itemId, fileId);
    if (!stored) throw AppError.notFound();
    return toRequestFile(stored);
  }

  async removeFile(id: string, itemId: string, fileId: string): Promise<RequestItem> {
    const { row, item } = await this.open(id, itemId, 'answer');
    if (!(await this.answers.unlinkFile(row, itemId, item.round, fileId)))
      throw AppError.validation([{ field: 'fileId', code: 'request.file_not_in_answer' }]);
    await this.requests.record(row, 'evaluation.request_file_remove', { itemId, round: item.round, fileId });
    return this.requests.readItem(row, itemId);
  }

  async submit(
    id: string,
    itemId: string,
    dto: SubmitRequestAnswerDto,
    idempotencyKey?: string,
  ): Promise<RequestItem> {
    return this.idempotency.once(idempotencyKey, { id, itemId, submit: dto }, async () => {
      const row = await this.access.require(id);
      const item = await this.requests.requireItem(row, itemId);
      const answer = await this.answers.find(row, itemId, item.round);
      const files = await this.answers.fileCount(row, itemId, item.round);
      await this.guard.require('submit', row, {
        status: await this.requests.statusOf(row, item),
        answerHasContent: (answer?.explanation ?? '') !== '' || files > 0,
      });
      const principal = this.context.requirePrincipal();
      if (
        !answer ||
        !(await this.answers.submit(row, itemId, item.round, dto.version, principal.displayName))
      )
        throw STALE();
      await this.requests.appendEvent(row, item, 'submit', summary(answer.explanation));
      await this.requests.record(row, 'evaluation.request_submit', { itemId, round: item.round, files });
      await this.requests.notify(row, 'evaluation.request_submitted', { itemId });
      return this.requests.readItem(row, itemId);
    });
  }

  /** A file of an answer the caller may see (a draft's files only to the unit). */
  async download(id: string, itemId: string, fileId: string, response: Response): Promise<StreamableFile> {
    const row = await this.access.require(id);
    const file = await this.answers.findFile(row, itemId, fileId);
    if (!file) throw AppError.notFound();
    return this.downloads.attachment(response, {
      key: file.storage_key,
      mediaType: file.media_type,
      originalName: file.original_name,
      size: Number(file.size),
    });
  }

  private async open(
    id: string,
    itemId: string,
    action: 'answer',
  ): Promise<{ row: EvaluationRow; item: ItemRow }> {
    const row = await this.access.require(id);
    const item = await this.requests.requireItem(row, itemId);
    await this.guard.require(action, row, { status: await this.requests.statusOf(row, item) });
    return { row, item };
  }
}

/** The history line of a submission: the start of the explanation (the files stay with the answer). */
function summary(explanation: string): string | null {
  if (explanation === '') return null;
  return explanation.length > 200 ? `${explanation.slice(0, 200)}…` : explanation;
}
