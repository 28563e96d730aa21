import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Controller, Get, Module, Param, Post, Query, Req, Res, type INestApplication } from '@nestjs/common';
import type { StreamableFile } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { NestFactory } from '@nestjs/core';
import type { FileKind, UploadedFileInfo } from '@jixiao/contracts';
import type { Request, Response } from 'express';
import { ClsModule } from 'nestjs-cls';
import { AppExceptionFilter } from '../../errors/app-exception.filter';
import { RequestContext } from '../../tenancy/request-context';
import { FileDownloads } from '../file-downloads.service';
import type { FileStorage } from '../file-storage';
import { FileStorageModule } from '../file-storage.module';
import { FileUploads, type UploadPolicy } from '../file-uploads.service';

/** Upload policies of the test routes `POST /files/:policy`. */
export const TEST_POLICIES: Record<string, Omit<UploadPolicy, 'key'>> = {
  documents: { accept: ['pdf', 'docx', 'xlsx', 'doc', 'xls'] satisfies FileKind[] },
  pdf: { accept: ['pdf'] },
  small: { accept: ['pdf'], maxBytes: 1024 },
  spreadsheets: { accept: ['xlsx', 'xls'] },
};

/** How each upload ended on the server, in order: the test can wait for a handler to finish. */
export type UploadOutcome = { ok: UploadedFileInfo } | { error: unknown };

export interface UploadTestApp {
  app: INestApplication;
  port: number;
  outcomes: UploadOutcome[];
  close(): Promise<void>;
}

export async function startUploadTestApp(storage: FileStorage): Promise<UploadTestApp> {
  const outcomes: UploadOutcome[] = [];

  @Controller('files')
  class TestFilesController {
    constructor(
      private readonly uploads: FileUploads,
      private readonly downloads: FileDownloads,
    ) {}

    @Post(':policy')
    async upload(@Req() request: Request, @Param('policy') policy: string): Promise<UploadedFileInfo> {
      const rules = TEST_POLICIES[policy];
      if (!rules) throw new Error(`No test policy ${policy}`);
      try {
        const info = await this.uploads.receive(request, { ...rules, key: `test/${randomUUID()}` });
        outcomes.push({ ok: info });
        return info;
      } catch (error) {
        outcomes.push({ error });
        throw error;
      }
    }

    @Get()
    download(
      @Query() query: Record<string, string>,
      @Res({ passthrough: true }) response: Response,
    ): Promise<StreamableFile> {
      return this.downloads.attachment(response, {
        key: query['key'] ?? '',
        mediaType: query['type'] ?? '',
        originalName: query['name'] ?? '',
      });
    }
  }

  @Module({
    imports: [
      ClsModule.forRoot({ global: true, middleware: { mount: true, generateId: true } }),
      FileStorageModule.withStorage(storage),
    ],
    controllers: [TestFilesController],
    providers: [RequestContext, { provide: APP_FILTER, useClass: AppExceptionFilter }],
  })
  class UploadTestModule {}

  const app = await NestFactory.create(UploadTestModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  return { app, port, outcomes, close: () => app.close() };
}
