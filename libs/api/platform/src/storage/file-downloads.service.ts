import { Injectable, StreamableFile } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { AppError } from '../errors/app-error';
import { attachmentDisposition } from './content-disposition';
import { FileStorage, StoredObjectNotFoundError } from './file-storage';

/** A stored file as the feature recorded it (e.g. from its row). */
export interface StoredFileRef {
  key: string;
  mediaType: string;
  /** Display name offered to the browser. */
  originalName: string;
  /** Sent as Content-Length when known. */
  size?: number;
}

/**
 * Sends a stored file as a download: `Content-Disposition: attachment` with the UTF-8 name and an
 * ASCII fallback, the recorded media type, `X-Content-Type-Options: nosniff`. A missing object is
 * 404 NOT_FOUND (like a missing record). In a controller:
 * `download(@Param('id') id, @Res({ passthrough: true }) res) { return this.service.download(id, res); }`.
 */
@Injectable()
export class FileDownloads {
  constructor(private readonly storage: FileStorage) {}

  async attachment(response: ServerResponse, file: StoredFileRef): Promise<StreamableFile> {
    let content: Readable;
    try {
      content = await this.storage.get(file.key);
    } catch (error) {
      if (error instanceof StoredObjectNotFoundError) throw AppError.notFound();
      throw error;
    }
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(content, {
      type: file.mediaType,
      disposition: attachmentDisposition(file.originalName),
      ...(file.size === undefined ? {} : { length: file.size }),
    }).setErrorHandler((_error, res) => {
      // Headers may be out already: cut the connection so the client sees a broken download, not a
      // short one; never send the error's text.
      if (res.destroy) res.destroy();
      else res.end();
    });
  }
}
