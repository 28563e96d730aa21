import { Injectable, StreamableFile } from '@nestjs/common';
import type { RequestBoard } from '@jixiao/contracts';
import { AppError, attachmentDisposition, RequestContext } from '@jixiao/api-platform';
import { xlsxRefusal } from '@jixiao/api-frameworks';
import { EvaluationAccess } from '../../evaluations/evaluation-access';
import { EvaluationFrameworkRepository } from '../../framework/evaluation-framework.repository';
import { RequestGuard } from '../request-guard';
import { RequestsService } from '../requests.service';
import { importMessage, readRequestWorkbook, writeRequestWorkbook } from './request-workbook';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An .xlsx file is a ZIP archive: it starts with "PK\x03\x04". */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function indicatorIds(nodes: readonly { id: string; children?: { id: string }[] }[]): string[] {
  return nodes.flatMap((node) => [node.id, ...indicatorIds(node.children ?? [])]);
}

/** The request list as Excel: export for everyone who reads it, import for the team. */
@Injectable()
export class RequestExcelService {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly guard: RequestGuard,
    private readonly requests: RequestsService,
    private readonly frameworks: EvaluationFrameworkRepository,
  ) {}

  async export(id: string): Promise<StreamableFile> {
    const row = await this.access.require(id);
    const board = await this.requests.readBoard(row);
    const data = await writeRequestWorkbook(board.items);
    return new StreamableFile(data, {
      type: XLSX_TYPE,
      disposition: attachmentDisposition(`${row.title}-资料清单.xlsx`),
      length: data.length,
    });
  }

  async import(id: string, data: Buffer | undefined): Promise<RequestBoard> {
    const row = await this.access.require(id, { lock: true });
    await this.guard.require('create', row, { status: null });
    if (!data || !data.subarray(0, 4).equals(ZIP_MAGIC)) {
      throw new AppError('IMPORT_INVALID', 400, [
        { field: 'file', code: 'request_import.not_xlsx', message: this.message('unreadable') },
      ]);
    }
    const refusal = await xlsxRefusal(data);
    if (refusal) {
      throw new AppError('IMPORT_INVALID', 400, [
        { field: 'file', code: refusal, message: this.message('too_many_rows') },
      ]);
    }
    const framework = await this.frameworks.find(row);
    const known = new Set(indicatorIds(framework?.framework.indicators ?? []));
    const read = await readRequestWorkbook(data, known);
    if (read.problems.length > 0) {
      throw new AppError(
        'IMPORT_INVALID',
        400,
        read.problems.map((problem) => ({
          field: problem.row === null ? 'file' : `资料清单!${problem.row}:${problem.column ?? ''}`,
          code: `request_import.${problem.code}`,
          message: importMessage(problem, this.context.locale),
        })),
      );
    }
    return this.requests.addMany(row, read.items);
  }

  private message(code: 'unreadable' | 'too_many_rows'): string {
    return importMessage({ row: null, column: null, code }, this.context.locale);
  }
}
