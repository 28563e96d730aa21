import { Controller, Get, HttpCode, Param, Post, Res, type StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ArchivePackageView, ArchiveVerification } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { ArchivePackageService } from './archive-package.service';

@ApiTags('evaluations')
@Controller('evaluations/:id/archive')
export class ArchivePackageController {
  constructor(private readonly packages: ArchivePackageService) {}

  @Get()
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({
    description: 'The archive package: status, progress, size, SHA-256 and its index (firm and bureau).',
  })
  view(@Param('id', uuidParam) id: string): Promise<ArchivePackageView> {
    return this.packages.view(id);
  }

  @Get('download')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.archive_download' })
  @ApiOkResponse({
    description: 'The package zip from storage; 409 ARCHIVE_PACKAGE_NOT_READY while it builds.',
  })
  download(
    @Param('id', uuidParam) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return this.packages.download(id, response);
  }

  @Post('verify')
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.archive_verify' })
  @ApiOkResponse({
    description: 'Reads the stored zip back and checks its hash and every file against the manifest.',
  })
  verify(@Param('id', uuidParam) id: string): Promise<ArchiveVerification> {
    return this.packages.verify(id);
  }
}
