import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Req,
  Res,
  type StreamableFile,
} from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { WorkPaper, WorkPaperList } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import type { Request, Response } from 'express';
import { CreateWorkPaperDto, ReviewWorkPaperDto, SaveWorkPaperDto } from './work-paper.dto';
import { WorkPaperFilesService } from './work-paper-files.service';
import { WorkPapersService } from './work-papers.service';

const FIRM_ONLY = 'Internal to the firm: the unit and the bureau get NOT_FOUND, as for a missing paper.';

@ApiTags('evaluations')
@Controller('evaluations/:id/work-papers')
export class WorkPapersController {
  constructor(
    private readonly papers: WorkPapersService,
    private readonly files: WorkPaperFilesService,
  ) {}

  @Get()
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({
    description: `The papers, whether the caller may write, the reviewers to choose. ${FIRM_ONLY}`,
  })
  list(@Param('id', uuidParam) id: string): Promise<WorkPaperList> {
    return this.papers.list(id);
  }

  @Post()
  @Authorized('read', 'Evaluation', { audit: 'evaluation.work_paper_create' })
  @ApiCreatedResponse({ description: `Per indicator or per topic, by a declared team member. ${FIRM_ONLY}` })
  create(@Param('id', uuidParam) id: string, @Body() dto: CreateWorkPaperDto): Promise<WorkPaper> {
    return this.papers.create(id, dto);
  }

  @Get(':paperId')
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({ description: `The paper with its attachments and history. ${FIRM_ONLY}` })
  get(@Param('id', uuidParam) id: string, @Param('paperId', uuidParam) paperId: string): Promise<WorkPaper> {
    return this.papers.get(id, paperId);
  }

  @Put(':paperId')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.work_paper_save' })
  @ApiOkResponse({
    description: `Text and reviewer; CONFLICT on a stale version; clears the sign-off. ${FIRM_ONLY}`,
  })
  save(
    @Param('id', uuidParam) id: string,
    @Param('paperId', uuidParam) paperId: string,
    @Body() dto: SaveWorkPaperDto,
  ): Promise<WorkPaper> {
    return this.papers.save(id, paperId, dto);
  }

  @Post(':paperId/review')
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.work_paper_review' })
  @ApiOkResponse({ description: `The designated reviewer signs off the current text. ${FIRM_ONLY}` })
  review(
    @Param('id', uuidParam) id: string,
    @Param('paperId', uuidParam) paperId: string,
    @Body() dto: ReviewWorkPaperDto,
  ): Promise<WorkPaper> {
    return this.papers.review(id, paperId, dto);
  }

  @Post(':paperId/attachments')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.work_paper_attach' })
  @ApiConsumes('multipart/form-data')
  @ApiCreatedResponse({ description: `Field \`file\`; FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED. ${FIRM_ONLY}` })
  attach(
    @Param('id', uuidParam) id: string,
    @Param('paperId', uuidParam) paperId: string,
    @Req() request: Request,
  ): Promise<WorkPaper> {
    return this.files.upload(id, paperId, request);
  }

  @Get(':paperId/attachments/:fileId')
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({ description: `The attachment with its original name. ${FIRM_ONLY}` })
  download(
    @Param('id', uuidParam) id: string,
    @Param('paperId', uuidParam) paperId: string,
    @Param('fileId', uuidParam) fileId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return this.files.download(id, paperId, fileId, response);
  }
}
