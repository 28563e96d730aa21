import {
  Body,
  Controller,
  Get,
  HttpStatus,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FrameworkImportPreview, FrameworkTemplateDetail, Locale } from '@jixiao/contracts';
import { AppError, Authorized, RequestContext } from '@jixiao/api-platform';
import { msg, renderMessage } from '@jixiao/domain';
import type { Response } from 'express';
import { FrameworkTemplatesService } from '../templates/framework-templates.service';
import { templateIdParam } from '../templates/template-id.pipe';
import { exportBlankTemplate, exportFrameworkWorkbook, FrameworkLayoutError } from './framework-workbook';
import { importWorkbookWithinBounds } from './bounded-import';
import { importErrors, localisePreview, requireXlsx, type UploadedXlsx } from './upload';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const MAX_NOTE_LENGTH = 500;
const DEFAULT_IMPORT_NOTE = '从 Excel 导入';

function xlsxFile(data: Buffer, name: string): StreamableFile {
  return new StreamableFile(data, {
    type: XLSX_TYPE,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(`${name}.xlsx`)}`,
    length: data.length,
  });
}

function parseDryRun(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw AppError.validation([{ field: 'dryRun', code: 'isBoolean', message: 'dryRun 应为 true 或 false' }]);
}

/** The version note sent with an import (multipart field `note`, ≤ 500 characters), or the default. */
function importNote(value: unknown, locale: Locale): string {
  if (value === undefined) return DEFAULT_IMPORT_NOTE;
  if (typeof value !== 'string') {
    const message = renderMessage(msg('import.note_not_text'), locale);
    throw AppError.validation([{ field: 'note', code: 'isString', message }]);
  }
  const note = value.trim();
  const length = [...note].length;
  if (length > MAX_NOTE_LENGTH) {
    const message = renderMessage(msg('import.note_too_long', { max: MAX_NOTE_LENGTH, length }), locale);
    throw AppError.validation([{ field: 'note', code: 'maxLength', message }]);
  }
  return note === '' ? DEFAULT_IMPORT_NOTE : note;
}

/** Indicator systems as Excel workbooks: the blank template, export of a template, import. */
@ApiTags('frameworks')
@Controller('framework-files')
export class FrameworkExcelController {
  constructor(
    private readonly templates: FrameworkTemplatesService,
    private readonly context: RequestContext,
  ) {}

  @Get('blank.xlsx')
  @Authorized('read', 'Framework')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({
    description:
      'The workbook to fill in by hand: headers, notes and one example (docs/indicator-systems.md).',
  })
  async blank(): Promise<StreamableFile> {
    return xlsxFile(await exportBlankTemplate(), '评价指标体系模板');
  }

  @Get(':id/export.xlsx')
  @Authorized('read', 'Framework')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: "The template's latest version as a workbook that imports back unchanged." })
  async export(@Param('id', templateIdParam) id: string): Promise<StreamableFile> {
    const template = await this.templates.get(id);
    try {
      return xlsxFile(await exportFrameworkWorkbook(template.framework), template.name);
    } catch (error) {
      if (!(error instanceof FrameworkLayoutError)) throw error;
      throw new AppError('FRAMEWORK_INVALID', 422, [
        {
          field: `framework.${error.nodeId}`,
          code: 'ids.not_hierarchical',
          message: `指标编号“${error.nodeId}”未以上级编号开头，无法导出为表格`,
        },
      ]);
    }
  }

  @Post('import')
  @Authorized('create', 'Framework', { audit: 'framework.import' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' }, note: { type: 'string' } },
    },
  })
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean })
  @ApiOkResponse({
    description: 'dryRun=true: the framework read and every problem (sheet, row, column), nothing saved.',
  })
  @ApiCreatedResponse({
    description: 'Saved as a new template (version 1); IMPORT_INVALID lists every problem and saves nothing.',
  })
  async import(
    @UploadedFile() file: UploadedXlsx | undefined,
    @Query('dryRun') dryRunText: string | undefined,
    @Body('note') noteField: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FrameworkImportPreview | FrameworkTemplateDetail> {
    const dryRun = parseDryRun(dryRunText);
    const note = importNote(noteField, this.context.locale);
    const data = requireXlsx(file);
    const preview = await this.withFreeKey(await importWorkbookWithinBounds(data));
    if (dryRun) {
      response.status(HttpStatus.OK);
      return localisePreview(preview, this.context.locale);
    }
    if (preview.framework === null) {
      throw new AppError('IMPORT_INVALID', 400, importErrors(preview.problems, this.context.locale));
    }
    return this.templates.create(preview.framework, note);
  }

  /** Two templates with the same code: the imported one is renamed, and the preview says so. */
  private async withFreeKey(preview: FrameworkImportPreview): Promise<FrameworkImportPreview> {
    if (preview.framework === null) return preview;
    const { key, takenBy } = await this.templates.freeKey(preview.framework.key);
    if (takenBy === null) return preview;
    const detail = msg('import.key_renamed', { key: preview.framework.key, name: takenBy, renamed: key });
    const notice = {
      sheet: '说明',
      row: null,
      column: null,
      code: 'warning.info.key_renamed',
      message: renderMessage(detail),
      detail,
    };
    return { ...preview, framework: { ...preview.framework, key }, problems: [...preview.problems, notice] };
  }
}
