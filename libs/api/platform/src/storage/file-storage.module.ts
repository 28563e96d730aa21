import { Global, Module, type DynamicModule } from '@nestjs/common';
import { createFileStorage } from './create-file-storage';
import { FileDownloads } from './file-downloads.service';
import { FileStorage } from './file-storage';
import { FileUploads } from './file-uploads.service';
import type { StorageConfig } from './storage-config';

/** Provides `FileStorage` (the configured driver), `FileUploads` and `FileDownloads` to every module. */
@Global()
@Module({})
export class FileStorageModule {
  static forRoot(config: StorageConfig): DynamicModule {
    return {
      module: FileStorageModule,
      providers: [
        { provide: FileStorage, useFactory: () => createFileStorage(config) },
        FileUploads,
        FileDownloads,
      ],
      exports: [FileStorage, FileUploads, FileDownloads],
    };
  }

  /** For tests and tools: a given storage instead of the configured one. */
  static withStorage(storage: FileStorage): DynamicModule {
    return {
      module: FileStorageModule,
      providers: [{ provide: FileStorage, useValue: storage }, FileUploads, FileDownloads],
      exports: [FileStorage, FileUploads, FileDownloads],
    };
  }
}
