import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ReportDiff, ReportVersionDetail, ReportView } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { SaveReportDraftDto, SaveReportVersionDto } from './report.dto';
import { ReportVersionsService } from './report-versions.service';

@ApiTags('evaluations')
@Controller('evaluations/:id/report')
export class ReportController {
  constructor(private readonly reports: ReportVersionsService) {}

  @Get()
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({
    description:
      'The firm: live model, preview, gate, draft and versions; others: the versions they may see.',
  })
  view(@Param('id', uuidParam) id: string): Promise<ReportView> {
    return this.reports.view(id);
  }

  @Put('draft')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.report_draft_save' })
  @ApiOkResponse({ description: 'Saves the narrative; REPORT_CONFLICT on a stale version.' })
  saveDraft(@Param('id', uuidParam) id: string, @Body() dto: SaveReportDraftDto): Promise<ReportView> {
    return this.reports.saveDraft(id, dto);
  }

  @Post('versions')
  @HttpCode(201)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.report_version_save' })
  @ApiCreatedResponse({
    description: 'An immutable snapshot; versions leaving the firm pass the gate (REPORT_INCONSISTENT).',
  })
  saveVersion(
    @Param('id', uuidParam) id: string,
    @Body() dto: SaveReportVersionDto,
  ): Promise<ReportVersionDetail> {
    return this.reports.saveVersion(id, dto);
  }

  @Get('versions/:versionId')
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({ description: 'A saved version with its rendering.' })
  version(
    @Param('id', uuidParam) id: string,
    @Param('versionId', uuidParam) versionId: string,
  ): Promise<ReportVersionDetail> {
    return this.reports.version(id, versionId);
  }

  @Get('diff')
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({ description: 'Changed paragraphs and changed scores between two versions.' })
  diff(
    @Param('id', uuidParam) id: string,
    @Query('from', uuidParam) from: string,
    @Query('to', uuidParam) to: string,
  ): Promise<ReportDiff> {
    return this.reports.diff(id, from, to);
  }
}
