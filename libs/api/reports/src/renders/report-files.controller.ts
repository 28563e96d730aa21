import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseEnumPipe,
  Post,
  Res,
  type StreamableFile,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ReportFormat, ReportRenderStatus } from '@jixiao/contracts';
import { AppError, Authorized, uuidParam } from '@jixiao/api-platform';
import { RenderReportDto } from './render.dto';
import { ReportFilesService } from './report-files.service';

const FORMAT = new ParseEnumPipe(['docx', 'pdf', 'xlsx'], { exceptionFactory: () => AppError.notFound() });

@ApiTags('evaluations')
@Controller('evaluations/:id/report/versions/:versionId')
export class ReportFilesController {
  constructor(private readonly files: ReportFilesService) {}

  @Get('renders')
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({ description: 'Progress of each format’s render (none, queued, rendering, done, failed).' })
  statuses(
    @Param('id', uuidParam) id: string,
    @Param('versionId', uuidParam) versionId: string,
  ): Promise<ReportRenderStatus[]> {
    return this.files.statuses(id, versionId);
  }

  @Post('renders')
  @HttpCode(202)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.report_render' })
  @ApiOkResponse({ description: 'Queues the render (a pg-boss job) unless it is queued, running or done.' })
  render(
    @Param('id', uuidParam) id: string,
    @Param('versionId', uuidParam) versionId: string,
    @Body() dto: RenderReportDto,
  ): Promise<ReportRenderStatus[]> {
    return this.files.render(id, versionId, dto.format);
  }

  @Get('files/:format')
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({
    description: 'The rendered file from storage; 503 REPORT_CONVERTER_UNAVAILABLE when PDF cannot be made.',
  })
  download(
    @Param('id', uuidParam) id: string,
    @Param('versionId', uuidParam) versionId: string,
    @Param('format', FORMAT) format: ReportFormat,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return this.files.download(id, versionId, format, response);
  }
}
