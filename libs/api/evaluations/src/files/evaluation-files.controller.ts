import { Controller, Get, Param, Post, Query, Req, Res, type StreamableFile } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { EvaluationFile } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import type { Request, Response } from 'express';
import { EvaluationFilesService } from './evaluation-files.service';

@ApiTags('evaluations')
@Controller('evaluations/:id/files')
export class EvaluationFilesController {
  constructor(private readonly files: EvaluationFilesService) {}

  @Post()
  @Authorized('read', 'Evaluation', { audit: 'evaluation.file_upload' })
  @ApiConsumes('multipart/form-data')
  @ApiCreatedResponse({
    description:
      '?purpose=engagement_letter|plan_attachment, field `file`; FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED.',
  })
  upload(
    @Param('id', uuidParam) id: string,
    @Query('purpose') purpose: unknown,
    @Req() request: Request,
  ): Promise<EvaluationFile> {
    return this.files.upload(id, purpose, request);
  }

  @Get(':fileId')
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({ description: 'The file as an attachment with its original name.' })
  download(
    @Param('id', uuidParam) id: string,
    @Param('fileId', uuidParam) fileId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return this.files.download(id, fileId, response);
  }
}
