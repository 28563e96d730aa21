import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAppConfig } from '../config/app-config';
import { FileDownloads } from './file-downloads.service';
import { FileStorage } from './file-storage';
import { FileStorageModule } from './file-storage.module';
import { FileUploads } from './file-uploads.service';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';
import type { StorageConfig } from './storage-config';

@Injectable()
class EngagementLetters {
  constructor(
    readonly files: FileStorage,
    readonly uploads: FileUploads,
    readonly downloads: FileDownloads,
  ) {}
}

/** A feature module that imports nothing storage-related: the global module must reach it. */
@Module({ providers: [EngagementLetters] })
class FeatureModule {}

async function featureWith(config: StorageConfig): Promise<EngagementLetters> {
  const module = await Test.createTestingModule({
    imports: [FileStorageModule.forRoot(config), FeatureModule],
  }).compile();
  return module.get(EngagementLetters);
}

describe('FileStorageModule', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'jixiao-module-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('gives a feature module the local driver by default, with the upload and download helpers', async () => {
    const config = loadAppConfig({ DATABASE_URL: 'postgres://x@localhost/x', STORAGE_DIR: directory });
    const feature = await featureWith(config.storage);
    expect(feature.files).toBeInstanceOf(LocalFileStorage);
    expect(feature.uploads).toBeInstanceOf(FileUploads);
    expect(feature.downloads).toBeInstanceOf(FileDownloads);
    await feature.files.put('probe', Buffer.from('x'));
    expect(await feature.files.stat('probe')).toEqual({ size: 1 });
  });

  it('removes what a process killed mid-upload left in .partial when it starts, not uploads in progress', async () => {
    const partial = join(directory, '.partial');
    await mkdir(partial, { recursive: true });
    await writeFile(join(partial, 'crashed'), 'half an upload');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(join(partial, 'crashed'), twoHoursAgo, twoHoursAgo);
    await writeFile(join(partial, 'in-progress'), 'being written');

    const module = await Test.createTestingModule({
      imports: [FileStorageModule.forRoot({ driver: 'local', directory })],
    }).compile();
    await module.init();
    expect(await readdir(partial)).toEqual(['in-progress']);
    await module.close();
  });

  it('gives the S3 driver when the environment says so', async () => {
    const config = loadAppConfig({
      DATABASE_URL: 'postgres://x@localhost/x',
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9',
      S3_BUCKET: 'b',
    });
    const feature = await featureWith(config.storage);
    expect(feature.files).toBeInstanceOf(S3FileStorage);
    (feature.files as S3FileStorage).onModuleDestroy();
  });
});
