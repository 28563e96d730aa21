import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  type CompletedPart,
} from '@aws-sdk/client-s3';
import {
  FileStorage,
  StoredObjectNotFoundError,
  type StoredObject,
  type StoredObjectStat,
} from './file-storage';
import type { S3StorageConfig } from './storage-config';
import { assertStorageKey } from './storage-key';

/** S3 refuses multipart parts under 5 MiB (except the last); 8 MiB keeps memory per upload bounded. */
export const DEFAULT_PART_SIZE = 8 * 1024 * 1024;
const MINIMUM_PART_SIZE = 5 * 1024 * 1024;

interface MultipartUpload {
  key: string;
  uploadId: string;
  parts: CompletedPart[];
}

function isNotFound(error: unknown): boolean {
  const failure = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } } | null;
  return (
    failure?.name === 'NoSuchKey' ||
    failure?.name === 'NotFound' ||
    failure?.$metadata?.httpStatusCode === 404
  );
}

/**
 * Objects in one bucket of an S3-compatible store (AWS S3, MinIO, OSS/COS in S3 mode, …).
 * A put smaller than one part is a single PutObject; a larger one is a multipart upload that is
 * completed only after the last byte, and aborted if the source fails — S3 shows an object only once
 * it is complete, so a failed put leaves nothing visible. (Stores that keep the parts of an aborted
 * upload should have a lifecycle rule `AbortIncompleteMultipartUpload`.)
 */
export class S3FileStorage extends FileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly partSize: number;

  constructor(config: S3StorageConfig, partSize = DEFAULT_PART_SIZE) {
    super();
    if (partSize < MINIMUM_PART_SIZE)
      throw new Error(`S3 parts must have at least ${MINIMUM_PART_SIZE} bytes`);
    this.bucket = config.bucket;
    this.partSize = partSize;
    this.client = new S3Client({
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      ...(config.accessKeyId && config.secretAccessKey
        ? { credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } }
        : {}),
      // Many S3-compatible stores do not understand the SDK's newer default checksum headers;
      // integrity is ours to check anyway (SHA-256 of every object).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, content: Readable | Buffer): Promise<StoredObject> {
    assertStorageKey(key);
    const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
    const hash = createHash('sha256');
    let size = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let upload: MultipartUpload | null = null;
    try {
      for await (const chunk of source) {
        const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
        hash.update(bytes);
        size += bytes.length;
        pending.push(bytes);
        pendingBytes += bytes.length;
        if (pendingBytes >= this.partSize) {
          upload ??= await this.startMultipart(key);
          await this.uploadPart(upload, Buffer.concat(pending, pendingBytes));
          pending = [];
          pendingBytes = 0;
        }
      }
      const rest = Buffer.concat(pending, pendingBytes);
      if (upload === null) {
        await this.client.send(
          new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: rest, ContentLength: rest.length }),
        );
      } else {
        if (rest.length > 0) await this.uploadPart(upload, rest);
        await this.client.send(
          new CompleteMultipartUploadCommand({
            Bucket: this.bucket,
            Key: key,
            UploadId: upload.uploadId,
            MultipartUpload: { Parts: upload.parts },
          }),
        );
      }
    } catch (error) {
      if (upload !== null) await this.abortMultipart(upload);
      throw error;
    }
    return { size, sha256: hash.digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    assertStorageKey(key);
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!(result.Body instanceof Readable)) throw new Error('S3 returned no readable body');
      return result.Body;
    } catch (error) {
      if (isNotFound(error)) throw new StoredObjectNotFoundError(key);
      throw error;
    }
  }

  async stat(key: string): Promise<StoredObjectStat | null> {
    assertStorageKey(key);
    try {
      const result = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: result.ContentLength ?? 0 };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Called by Nest on shutdown: closes the client's connections. */
  onModuleDestroy(): void {
    this.client.destroy();
  }

  private async startMultipart(key: string): Promise<MultipartUpload> {
    const started = await this.client.send(
      new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key }),
    );
    if (!started.UploadId) throw new Error('S3 started a multipart upload without an id');
    return { key, uploadId: started.UploadId, parts: [] };
  }

  private async uploadPart(upload: MultipartUpload, body: Buffer): Promise<void> {
    const partNumber = upload.parts.length + 1;
    const result = await this.client.send(
      new UploadPartCommand({
        Bucket: this.bucket,
        Key: upload.key,
        UploadId: upload.uploadId,
        PartNumber: partNumber,
        Body: body,
        ContentLength: body.length,
      }),
    );
    upload.parts.push({ PartNumber: partNumber, ETag: result.ETag });
  }

  /** Best effort: the object is invisible either way; a store that cannot abort keeps orphan parts. */
  private async abortMultipart(upload: MultipartUpload): Promise<void> {
    try {
      await this.client.send(
        new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: upload.key, UploadId: upload.uploadId }),
      );
    } catch {
      // The original failure is what the caller needs to see.
    }
  }
}
