import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  FileStorage,
  StoredObjectNotFoundError,
  type StoredObject,
  type StoredObjectStat,
} from './file-storage';
import { HashingStream } from './hashing-stream';
import { assertStorageKey, InvalidStorageKeyError } from './storage-key';

/** Where objects are written before they are complete; keys can never start with a dot. */
export const PARTIAL_DIRECTORY = '.partial';
/** No upload lasts this long (Node's request timeout is 5 minutes): an older partial file is a crash's leftover. */
export const STALE_PARTIAL_AGE_MS = 60 * 60 * 1000;

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * Objects as files under one root directory. A put streams into `<root>/.partial/<uuid>`, flushes it
 * to disk and renames it onto its key: the same file system, so the rename is atomic and readers see
 * the old object or the new one, never half of one.
 */
export class LocalFileStorage extends FileStorage {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  async put(key: string, content: Readable | Buffer): Promise<StoredObject> {
    const target = this.pathOf(key);
    const partialDirectory = join(this.root, PARTIAL_DIRECTORY);
    await mkdir(partialDirectory, { recursive: true });
    const partial = join(partialDirectory, randomUUID());
    const hashing = new HashingStream();
    const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
    try {
      await pipeline(source, hashing, createWriteStream(partial, { flags: 'wx', flush: true }));
      await mkdir(dirname(target), { recursive: true });
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return hashing.result();
  }

  async get(key: string): Promise<Readable> {
    try {
      const handle = await open(this.pathOf(key), 'r');
      if (!(await handle.stat()).isFile()) {
        await handle.close();
        throw new StoredObjectNotFoundError(key);
      }
      return handle.createReadStream();
    } catch (error) {
      if (isMissing(error)) throw new StoredObjectNotFoundError(key);
      throw error;
    }
  }

  async stat(key: string): Promise<StoredObjectStat | null> {
    try {
      const info = await stat(this.pathOf(key));
      return info.isFile() ? { size: info.size } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /**
   * Removes partial files older than `maxAgeMs`: what a process killed mid-upload leaves behind
   * (a failed or refused upload removes its own). Runs when the Nest module starts.
   */
  async removeStalePartials(maxAgeMs = STALE_PARTIAL_AGE_MS, now = Date.now()): Promise<number> {
    const directory = join(this.root, PARTIAL_DIRECTORY);
    const names = await readdir(directory).catch(() => []);
    let removed = 0;
    for (const name of names) {
      const path = join(directory, name);
      const info = await stat(path).catch(() => null);
      if (info === null || now - info.mtimeMs < maxAgeMs) continue;
      await rm(path, { force: true, recursive: true });
      removed++;
    }
    return removed;
  }

  async onModuleInit(): Promise<void> {
    await this.removeStalePartials();
  }

  private pathOf(key: string): string {
    const path = join(this.root, ...assertStorageKey(key).split('/'));
    // Defence in depth: a valid key cannot leave the root, but never trust one check alone.
    if (!path.startsWith(this.root + sep)) throw new InvalidStorageKeyError(key);
    return path;
  }
}
