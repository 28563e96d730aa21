import type { FrameworkImportPreview } from '@jixiao/contracts';
import { AppError } from '@jixiao/api-platform';
import { importFrameworkWorkbook } from './read-workbook';
import { xlsxRefusal, type XlsxRefusal } from './xlsx-inspection';

/** Imports parsed at once; more wait their turn, and past the queue the caller is asked to retry. */
export const MAX_CONCURRENT_IMPORTS = 2;
/** Waiting imports hold their request transaction, so the queue stays well below the pool size. */
export const MAX_WAITING_IMPORTS = 4;

const REFUSAL_MESSAGES: Record<XlsxRefusal, string> = {
  'file.not_zip': '文件无法读取，请上传 Excel 2007 及以上版本的 .xlsx 文件',
  'file.too_large_unpacked': '文件解压后过大，不像是指标体系表格',
  'file.too_many_rows': '工作表行数过多（指标体系通常只有几百行），未导入',
};

/** A counting semaphore with a bounded queue. */
export class ImportGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly maxRunning: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.maxRunning) {
      if (this.waiting.length >= this.maxWaiting) throw new AppError('RATE_LIMITED', 429);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }
}

const gate = new ImportGate(MAX_CONCURRENT_IMPORTS, MAX_WAITING_IMPORTS);

/**
 * Reads an uploaded workbook within bounds: sizes and rows are checked while streaming, before
 * exceljs builds the workbook in memory, and only a few imports are parsed at once.
 */
export function importWorkbookWithinBounds(data: Buffer): Promise<FrameworkImportPreview> {
  return gate.run(async () => {
    const refusal = await xlsxRefusal(data);
    if (refusal) {
      throw new AppError('IMPORT_INVALID', 400, [
        { field: 'file', code: refusal, message: REFUSAL_MESSAGES[refusal] },
      ]);
    }
    return importFrameworkWorkbook(data);
  });
}
