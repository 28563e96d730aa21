import { Injectable } from '@nestjs/common';
import { FILE_KINDS, type FileKind, type UploadedFileInfo } from '@jixiao/contracts';
import type { IncomingMessage } from 'node:http';
import { detectMediaType, matchFileKind } from './file-kinds';
import { displayFileName } from './file-name';
import { FileStorage } from './file-storage';
import { receiveMultipartFile, uploadRefusal } from './multipart-file';
import { assertStorageKey } from './storage-key';

export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** What one upload route accepts. */
export interface UploadPolicy {
  /** A fresh key made from ids (see FileStorage); an existing object there would be replaced. */
  key: string;
  /** Kinds accepted, judged by content. */
  accept: readonly FileKind[];
  /** Default 50 MiB. */
  maxBytes?: number;
  /** Form field of the file; default `file`. Errors name this field. */
  field?: string;
}

/**
 * Receives the one file of a multipart/form-data request: streamed into storage under the policy's
 * key (never whole in memory), with its size limit enforced while streaming, its SHA-256 computed on
 * the way, its kind sniffed from the stored content against the allow-list, and its name cleaned for
 * display. Refusals are AppErrors — FILE_MISSING 400, FILE_TOO_LARGE 413, FILE_TYPE_NOT_ALLOWED 415,
 * UPLOAD_INTERRUPTED 400 — with `details[0].field` = the form field, and leave nothing stored.
 */
@Injectable()
export class FileUploads {
  constructor(private readonly storage: FileStorage) {}

  async receive(request: IncomingMessage, policy: UploadPolicy): Promise<UploadedFileInfo> {
    const key = assertStorageKey(policy.key);
    const field = policy.field ?? 'file';
    const maxBytes = policy.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 1)
      throw new Error('maxBytes must be a positive integer');
    if (policy.accept.length === 0) throw new Error('An upload policy must accept at least one kind');

    const { stored, filename } = await receiveMultipartFile(request, this.storage, { key, field, maxBytes });
    const originalName = displayFileName(filename);
    try {
      if (stored.size === 0) throw uploadRefusal('FILE_MISSING', field, 'file.empty');
      const detected = await detectMediaType(await this.storage.get(key));
      const kind = matchFileKind(detected, originalName, policy.accept);
      if (kind === null) throw uploadRefusal('FILE_TYPE_NOT_ALLOWED', field, 'file.type_not_allowed');
      return {
        key,
        size: stored.size,
        sha256: stored.sha256,
        mediaType: FILE_KINDS[kind].mediaType,
        originalName,
      };
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
  }
}
