import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { FileStorage } from '../file-storage';
import { LocalFileStorage } from '../local-file-storage';
import { S3FileStorage } from '../s3-file-storage';
import { startS3TestServer } from './s3-test-server';

/** A storage driver under test with a way to see everything it holds, complete or not. */
export interface StorageUnderTest {
  storage: FileStorage;
  /** Every object or file the driver left behind, including partial uploads (local: `.partial/…`). */
  leftovers(): Promise<string[]>;
  stop(): Promise<void>;
}

/** The smallest part S3 allows, so tests reach multipart uploads with little data. */
export const S3_TEST_PART_SIZE = 5 * 1024 * 1024;

export type DriverName = 'local' | 's3';
export const DRIVERS: readonly DriverName[] = ['local', 's3'];

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

export async function startStorage(driver: DriverName): Promise<StorageUnderTest> {
  if (driver === 'local') {
    const root = await mkdtemp(join(tmpdir(), 'jixiao-files-'));
    return {
      storage: new LocalFileStorage(root),
      leftovers: () => filesUnder(root),
      stop: () => rm(root, { recursive: true, force: true }),
    };
  }
  const server = await startS3TestServer();
  const storage = new S3FileStorage(server.config, S3_TEST_PART_SIZE);
  return {
    storage,
    leftovers: () => server.listKeys(),
    stop: async () => {
      storage.onModuleDestroy();
      await server.stop();
    },
  };
}
