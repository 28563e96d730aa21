import { availableParallelism } from 'node:os';
import type { FrameworkImportPreview } from '@jixiao/contracts';
import { AppError } from '@jixiao/api-platform';
import { ParseFailedError, ParsePool, ParsePoolFullError } from './parse-pool';
import { importFrameworkWorkbook } from './read-workbook';
import { xlsxRefusal, type XlsxRefusal } from './xlsx-inspection';

/** Imports parsed at once (one worker thread each); more wait their turn, past the queue: 503 IMPORT_BUSY. */
export const MAX_CONCURRENT_IMPORTS = 2;
/** Waiting imports hold their request transaction, so the queue stays well below the pool size. */
export const MAX_WAITING_IMPORTS = 4;
/** Seconds a refused import is asked to wait (Retry-After): about one 2,000-row parse. */
export const IMPORT_RETRY_AFTER_SECONDS = 5;

const REFUSAL_MESSAGES: Record<XlsxRefusal, string> = {
  'file.not_zip': '文件无法读取，请上传 Excel 2007 及以上版本的 .xlsx 文件',
  'file.too_large_unpacked': '文件解压后过大，不像是指标体系表格',
  'file.too_many_rows': '工作表行数过多（指标体系通常只有几百行），未导入',
};
const UNREADABLE_MESSAGE = '文件无法读取或过于复杂，请检查后重新上传';

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
      if (this.waiting.length >= this.maxWaiting) {
        throw AppError.busy('IMPORT_BUSY', IMPORT_RETRY_AFTER_SECONDS);
      }
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
 * Worker threads parsing at once: `EXCEL_PARSE_WORKERS`, by default one per core beyond the one the
 * event loop needs, at most `MAX_CONCURRENT_IMPORTS`. `0` parses on the event loop (the behaviour
 * before the pool, kept to measure the difference: tools/bench/excel-import-latency.mjs).
 */
export function parseWorkerCount(
  setting = process.env['EXCEL_PARSE_WORKERS'],
  cores = availableParallelism(),
): number {
  const fallback = Math.min(MAX_CONCURRENT_IMPORTS, Math.max(1, cores - 1));
  if (setting === undefined || setting.trim() === '') return fallback;
  const wanted = Number(setting);
  if (!Number.isInteger(wanted) || wanted < 0) return fallback;
  return wanted === 0 ? 0 : Math.min(MAX_CONCURRENT_IMPORTS, wanted);
}

const workers = parseWorkerCount();
const pool = new ParsePool({
  size: Math.max(1, workers),
  maxQueue: MAX_CONCURRENT_IMPORTS + MAX_WAITING_IMPORTS,
  timeoutMs: 60_000,
  maxHeapMb: 512,
});

/** Parses in the worker pool; a parser that crashes or overruns answers like an unreadable file. */
async function parse(data: Buffer): Promise<FrameworkImportPreview> {
  if (workers === 0) return importFrameworkWorkbook(data);
  try {
    return await pool.run(data);
  } catch (error) {
    if (error instanceof ParsePoolFullError) throw AppError.busy('IMPORT_BUSY', IMPORT_RETRY_AFTER_SECONDS);
    if (error instanceof ParseFailedError) {
      throw new AppError('IMPORT_INVALID', 400, [
        { field: 'file', code: 'file.unreadable', message: UNREADABLE_MESSAGE },
      ]);
    }
    throw error;
  }
}

/**
 * Reads an uploaded workbook within bounds: sizes and rows are checked while streaming, before
 * exceljs builds the workbook in memory; only a few imports run at once, and exceljs parses in a
 * worker thread so the event loop keeps answering every other request.
 */
export function importWorkbookWithinBounds(data: Buffer): Promise<FrameworkImportPreview> {
  return gate.run(async () => {
    const refusal = await xlsxRefusal(data);
    if (refusal) {
      throw new AppError('IMPORT_INVALID', 400, [
        { field: 'file', code: refusal, message: REFUSAL_MESSAGES[refusal] },
      ]);
    }
    return parse(data);
  });
}
