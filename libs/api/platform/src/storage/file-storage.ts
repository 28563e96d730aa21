import type { Readable } from 'node:stream';

/** What storing an object produced: its length and content hash. */
export interface StoredObject {
  size: number;
  /** SHA-256 of the content, lowercase hex. */
  sha256: string;
}

export interface StoredObjectStat {
  size: number;
}

/** The object does not exist (never stored, or deleted). */
export class StoredObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object under "${key}"`);
    this.name = 'StoredObjectNotFoundError';
  }
}

/**
 * Where files live: local disk by default, an S3-compatible object store in production.
 * Keys are made by the caller from ids (e.g. `evaluation/<bureau id>/<evaluation id>/<file id>`),
 * never from names users chose; every method still refuses a malformed key (`InvalidStorageKeyError`).
 *
 * Also the Nest injection token: `constructor(private readonly files: FileStorage) {}`.
 */
export abstract class FileStorage {
  /**
   * Stores the content under `key`, replacing any object there. Atomic: the object becomes visible
   * only once all bytes are written; if the source fails or is destroyed, the call rejects with that
   * error and nothing (not even a partial object) is left behind.
   */
  abstract put(key: string, content: Readable | Buffer): Promise<StoredObject>;

  /** The content as a stream; rejects with `StoredObjectNotFoundError` when there is none. */
  abstract get(key: string): Promise<Readable>;

  /** Size of the object, or null when there is none. */
  abstract stat(key: string): Promise<StoredObjectStat | null>;

  /** Removes the object; removing a missing object is not an error. */
  abstract delete(key: string): Promise<void>;

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }
}
