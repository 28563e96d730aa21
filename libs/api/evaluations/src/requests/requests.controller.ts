import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
  type StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { RequestBoard, RequestFile, RequestHistoryEntry, RequestItem } from '@jixiao/contracts';
import { AppError, Authorized, uuidParam } from '@jixiao/api-platform';
import type { Request, Response } from 'express';
import { RequestExcelService } from './excel/request-excel.service';
import { RequestAnswersService } from './request-answers.service';
import {
  RequestDecisionDto,
  RequestItemDto,
  SaveRequestAnswerDto,
  SendRequestsDto,
  SubmitRequestAnswerDto,
  UpdateRequestItemDto,
} from './requests.dto';
import { RequestsService } from './requests.service';

import { XLSX_TYPE } from './excel/request-excel.service';
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const IDEMPOTENCY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'A UUID; a retry returns the first answer.',
};
const versionParam = new ParseIntPipe({
  exceptionFactory: () => AppError.validation([{ field: 'version', code: 'isInt' }]),
});

/** The request list (资料清单) of an evaluation: the team asks, the unit answers, all three parties read. */
@ApiTags('evaluations')
@Controller('evaluations/:id/requests')
export class RequestsController {
  constructor(
    private readonly requests: RequestsService,
    private readonly answers: RequestAnswersService,
    private readonly excel: RequestExcelService,
  ) {}

  @Get()
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({
    description: 'Items with status, overdue days, answers and the caller’s actions; counts.',
  })
  board(@Param('id', uuidParam) id: string): Promise<RequestBoard> {
    return this.requests.board(id);
  }

  @Post()
  @Authorized('read', 'Evaluation', { audit: 'evaluation.request_create' })
  @ApiCreatedResponse({ description: 'A draft item (待发送); the team only, in fieldwork.' })
  create(@Param('id', uuidParam) id: string, @Body() dto: RequestItemDto): Promise<RequestItem> {
    return this.requests.create(id, dto);
  }

  @Post('standard')
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.request_standard' })
  @ApiOkResponse({
    description: 'Adds the standard department list as drafts (titles already listed are skipped).',
  })
  addStandard(@Param('id', uuidParam) id: string): Promise<RequestBoard> {
    return this.requests.addStandard(id);
  }

  @Post('send')
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.request_send' })
  @ApiHeader(IDEMPOTENCY)
  @ApiOkResponse({ description: 'Sends the named drafts, or every draft, to the unit.' })
  send(
    @Param('id', uuidParam) id: string,
    @Body() dto: SendRequestsDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<RequestBoard> {
    return this.requests.send(id, dto, idempotencyKey);
  }

  @Get('export.xlsx')
  @Authorized('read', 'Evaluation')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The list as a workbook that imports back (status column for reading).' })
  export(@Param('id', uuidParam) id: string): Promise<StreamableFile> {
    return this.excel.export(id);
  }

  @Post('import')
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.request_import' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({
    description: 'Adds the rows as drafts; IMPORT_INVALID lists every row problem and adds none.',
  })
  import(
    @Param('id', uuidParam) id: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<RequestBoard> {
    return this.excel.import(id, file?.buffer);
  }

  @Put(':itemId')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.request_edit' })
  @ApiOkResponse({ description: 'Edits an open item; CONFLICT on a stale version.' })
  update(
    @Param('id', uuidParam) id: string,
    @Param('itemId', uuidParam) itemId: string,
    @Body() dto: UpdateRequestItemDto,
  ): Promise<RequestItem> {
    return this.requests.update(id, itemId, dto);
  }

  @Delete(':itemId')
  @HttpCode(204)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.request_delete' })
  @ApiOkResponse({ description: 'Deletes a draft (?version=n); sent items are waived instead.' })
  remove(
    @Param('id', uuidParam) id: string,
    @Param('itemId', uuidParam) itemId: string,
    @Query('version', versionParam) version: number,
  ): Promise<void> {
    return this.requests.remove(id, itemId, version);
  }

  @Post(':itemId/decisions')
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.request_decision' })
  @ApiHeader(IDEMPOTENCY)
  @ApiOkResponse({
    description: 'send | accept | reject | ask_more | waive (reason required for the last three).',
  })
  decide(
    @Param('id', uuidParam) id: string,
    @Param('itemId', uuidParam) itemId: string,
    @Body() dto: RequestDecisionDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<RequestItem> {
    return this.requests.decide(id, itemId, dto, idempotencyKey);
  }

  @Get(':itemId/history')
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({
    description: 'The item’s history: sending, edits, submissions and decisions with reasons.',
  })
  history(
    @Param('id', uuidParam) id: string,
    @Param('itemId', uuidParam) itemId: string,
  ): Promise<RequestHistoryEntry[]> {
    return this.requests.itemHistory(id, itemId);
  }

  @Put(':itemId/answer')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.request_answer' })
  @ApiOkResponse({ description: 'The unit saves its explanation for the current round (version 0 = new).' })
  saveAnswer(
    @Param('id', uuidParam) id: string,
    @Param('itemId', uuidParam) itemId: string,
    @Body() dto: SaveRequestAnswerDto,
  ): Promise<RequestItem> {
    return this.answers.save(id, itemId, dto);
  }

  @Post(':itemId/answer/files')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.request_file_upload' })
  @ApiConsumes('multipart/form-data')
  @ApiCreatedResponse({
    description: 'One evidence file (field `file`); FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED.',
  })
  upload(
    @Param('id', uuidParam) id: string,
    @Param('itemId', uuidParam) itemId: string,
    @Req() request: Request,
  ): Promise<RequestFile> {
    return this.answers.upload(id, itemId, request);
  }

  @Delete(':itemId/answer/files/:fileId')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.request_file_remove' })
  @ApiOkResponse({ description: 'Takes a file off the current, unsubmitted round.' })
  removeFile(
    @Param('id', uuidParam) id: string,
    @Param('itemId', uuidParam) itemId: string,
    @Param('fileId', uuidParam) fileId: string,
  ): Promise<RequestItem> {
    return this.answers.removeFile(id, itemId, fileId);
  }

  @Post(':itemId/answer/submit')
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.request_submit' })
  @ApiHeader(IDEMPOTENCY)
  @ApiOkResponse({ description: 'Submits the current round (explanation or at least one file).' })
  submit(
    @Param('id', uuidParam) id: string,
    @Param('itemId', uuidParam) itemId: string,
    @Body() dto: SubmitRequestAnswerDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<RequestItem> {
    return this.answers.submit(id, itemId, dto, idempotencyKey);
  }

  @Get(':itemId/files/:fileId')
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({ description: 'An evidence file as an attachment with its original name.' })
  download(
    @Param('id', uuidParam) id: string,
    @Param('itemId', uuidParam) itemId: string,
    @Param('fileId', uuidParam) fileId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return this.answers.download(id, itemId, fileId, response);
  }
}
