import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors/app-error';
import { busboy, type Busboy } from './busboy';
import type { FileStorage, StoredObject } from './file-storage';

export interface MultipartTarget {
  /** Storage key to write the file under. */
  key: string;
  /** Name of the form field carrying the file. */
  field: string;
  maxBytes: number;
}

export interface ReceivedMultipartFile {
  stored: StoredObject;
  /** The name the client gave (busboy already drops any directory part), undecoded otherwise. */
  filename: string | undefined;
}

export function uploadRefusal(
  code: 'FILE_MISSING' | 'FILE_TOO_LARGE' | 'FILE_TYPE_NOT_ALLOWED' | 'UPLOAD_INTERRUPTED',
  field: string,
  fieldCode: string,
): AppError {
  const status = {
    FILE_MISSING: 400,
    FILE_TOO_LARGE: 413,
    FILE_TYPE_NOT_ALLOWED: 415,
    UPLOAD_INTERRUPTED: 400,
  }[code];
  return new AppError(code, status, [{ field, code: fieldCode }]);
}

function parserFor(request: IncomingMessage, maxBytes: number): Busboy | null {
  try {
    return busboy({
      headers: request.headers,
      defParamCharset: 'utf8',
      // One byte over the limit tells "too large" from "exactly the limit".
      limits: {
        files: 1,
        fileSize: maxBytes + 1,
        fields: 20,
        fieldSize: 64 * 1024,
        parts: 32,
        headerPairs: 64,
      },
    });
  } catch {
    return null; // not multipart/form-data, or no boundary
  }
}

/**
 * Streams the one file of a multipart/form-data request into storage without holding it in memory.
 * A file over `maxBytes` is cut off while streaming; a request that ends or breaks mid-form fails.
 * Either way nothing is left under the key. The rest of the request is read (and discarded) before
 * answering, so the client always gets the error response.
 */
export function receiveMultipartFile(
  request: IncomingMessage,
  storage: FileStorage,
  target: MultipartTarget,
): Promise<ReceivedMultipartFile> {
  const parser = parserFor(request, target.maxBytes);
  if (parser === null) return Promise.reject(uploadRefusal('FILE_MISSING', target.field, 'file.missing'));
  const tooLarge = uploadRefusal('FILE_TOO_LARGE', target.field, 'file.too_large');
  const interrupted = uploadRefusal('UPLOAD_INTERRUPTED', target.field, 'file.interrupted');

  let upload: Promise<StoredObject> | null = null;
  let filename: string | undefined;
  /** Why we cut the file's stream off, when we did: this, not the storage's echo of it, is the answer. */
  let refusal: AppError | null = null;
  parser.on('file', (name, file, info) => {
    if (name !== target.field || upload !== null) {
      file.resume();
      return;
    }
    filename = info.filename;
    const body = new PassThrough();
    const cutOff = (reason: AppError) => {
      refusal ??= reason;
      body.destroy(reason);
    };
    file.on('limit', () => cutOff(tooLarge));
    file.on('error', () => cutOff(interrupted));
    body.on('error', () => undefined); // surfaces as the rejection of put()
    // If storing stops early, keep reading the part so the parser can get to the end of the form.
    body.once('close', () =>
      process.nextTick(() => {
        if (file.readableEnded) return;
        file.unpipe(body);
        file.resume();
      }),
    );
    file.pipe(body);
    upload = storage.put(target.key, body);
    upload.catch(() => undefined); // awaited below, once the form is read
  });

  return pipeline(request, parser).then(
    async () => {
      if (upload === null) throw uploadRefusal('FILE_MISSING', target.field, 'file.missing');
      try {
        return { stored: await upload, filename };
      } catch (error) {
        throw refusal ?? asRefusal(error, interrupted);
      }
    },
    async () => {
      if (upload === null) throw interrupted;
      try {
        await upload;
      } catch (error) {
        throw refusal ?? asRefusal(error, interrupted);
      }
      await storage.delete(target.key); // the file arrived whole, but the form around it did not
      throw interrupted;
    },
  );
}

/** A source that broke off means the upload was interrupted; other failures are the storage's own. */
function asRefusal(error: unknown, interrupted: AppError): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_STREAM_PREMATURE_CLOSE' ? interrupted : error;
}
