import type { Locale } from '@jixiao/contracts';
import type { RequestStatus } from '@jixiao/domain';
import { Workbook, type CellValue, type Worksheet } from 'exceljs';
import type { ItemFields } from '../request-rows';
import {
  MAX_REQUEST_ROWS,
  REQUEST_COLUMNS,
  REQUEST_IMPORT_MESSAGES,
  REQUEST_SHEET,
  type RequestImportCode,
} from './request-sheet';

/** One problem of an imported workbook, pointing at its row and column. */
export interface RequestImportProblem {
  row: number | null;
  column: string | null;
  code: RequestImportCode;
  value?: string;
}

export interface RequestImport {
  items: ItemFields[];
  problems: RequestImportProblem[];
}

/** An item as the export writes it. */
export interface RequestExportRow extends ItemFields {
  seq: number;
  status: RequestStatus;
}

export const STATUS_LABELS: Record<RequestStatus, string> = {
  draft: '待发送',
  sent: '已发送',
  submitted: '已提交',
  accepted: '已接受',
  more_requested: '需补充',
  rejected: '已退回',
  waived: '已豁免',
};

const YES = new Set(['是', 'y', 'yes', 'true', '1', '必需', '必须']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '可选', '非必需']);
const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

/** The text a cell shows: rich text joined, formula results, dates as YYYY-MM-DD. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as CellValue);
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    return '';
  }
  return String(value).trim();
}

/** `2025-7-5`, `2025/07/05`, `2025年7月5日` → `2025-07-05`; null when it is no calendar date. */
export function parseDate(text: string): string | null {
  const match = DATE.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

function splitIndicators(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；\s]+/)
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

function headerColumns(sheet: Worksheet): { row: number; columns: Map<string, number> } | null {
  for (let rowNumber = 1; rowNumber <= Math.min(sheet.rowCount, 5); rowNumber += 1) {
    const columns = new Map<string, number>();
    sheet.getRow(rowNumber).eachCell((cell, column) => columns.set(cellText(cell.value), column));
    if (columns.has(REQUEST_COLUMNS.title)) return { row: rowNumber, columns };
  }
  return null;
}

/**
 * Reads a request-list workbook. Never throws on a malformed file: every problem names its row.
 * `knownIndicators` are the ids of the evaluation's adopted system; `items` is empty when there is
 * any problem (nothing is imported half).
 */
export async function readRequestWorkbook(
  data: Buffer,
  knownIndicators: ReadonlySet<string>,
): Promise<RequestImport> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { items: [], problems: [{ row: null, column: null, code: 'unreadable' }] };
  }
  const sheet = workbook.getWorksheet(REQUEST_SHEET) ?? workbook.worksheets[0];
  const header = sheet && headerColumns(sheet);
  if (!sheet || !header) return { items: [], problems: [{ row: null, column: null, code: 'sheet_missing' }] };
  const problems: RequestImportProblem[] = [];
  const items: ItemFields[] = [];
  const text = (rowNumber: number, name: string): string => {
    const column = header.columns.get(name);
    return column === undefined ? '' : cellText(sheet.getRow(rowNumber).getCell(column).value);
  };
  for (let rowNumber = header.row + 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const cells = Object.values(REQUEST_COLUMNS).map((name) => text(rowNumber, name));
    if (cells.every((cell) => cell === '')) continue;
    if (items.length >= MAX_REQUEST_ROWS)
      return { items: [], problems: [{ row: rowNumber, column: null, code: 'too_many_rows' }] };
    const at = (column: string, code: RequestImportCode, value?: string) =>
      problems.push({ row: rowNumber, column, code, value });
    const title = text(rowNumber, REQUEST_COLUMNS.title);
    const reason = text(rowNumber, REQUEST_COLUMNS.reason);
    if (title === '') at(REQUEST_COLUMNS.title, 'title_missing');
    else if ([...title].length > 200) at(REQUEST_COLUMNS.title, 'title_too_long');
    if ([...reason].length > 2000) at(REQUEST_COLUMNS.reason, 'reason_too_long');
    const dueText = text(rowNumber, REQUEST_COLUMNS.dueDate);
    const dueDate = dueText === '' ? null : parseDate(dueText);
    if (dueText !== '' && dueDate === null) at(REQUEST_COLUMNS.dueDate, 'bad_date', dueText);
    const requiredText = text(rowNumber, REQUEST_COLUMNS.required).toLowerCase();
    const required = requiredText === '' || YES.has(requiredText);
    if (requiredText !== '' && !YES.has(requiredText) && !NO.has(requiredText))
      at(REQUEST_COLUMNS.required, 'bad_required', text(rowNumber, REQUEST_COLUMNS.required));
    const indicatorIds = splitIndicators(text(rowNumber, REQUEST_COLUMNS.indicators));
    if (indicatorIds.length > 50) at(REQUEST_COLUMNS.indicators, 'too_many_indicators');
    for (const id of indicatorIds.filter((indicatorId) => !knownIndicators.has(indicatorId)))
      at(REQUEST_COLUMNS.indicators, 'unknown_indicator', id);
    items.push({ title, reason, indicatorIds, dueDate, required });
  }
  if (items.length === 0 && problems.length === 0) problems.push({ row: null, column: null, code: 'empty' });
  return { items: problems.length === 0 ? items : [], problems };
}

/** The list as a workbook that imports back to the same items (status is for reading only). */
export async function writeRequestWorkbook(rows: readonly RequestExportRow[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(REQUEST_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: REQUEST_COLUMNS.seq, key: 'seq', width: 6 },
    { header: REQUEST_COLUMNS.title, key: 'title', width: 40 },
    { header: REQUEST_COLUMNS.reason, key: 'reason', width: 50 },
    { header: REQUEST_COLUMNS.indicators, key: 'indicators', width: 16 },
    { header: REQUEST_COLUMNS.dueDate, key: 'dueDate', width: 12 },
    { header: REQUEST_COLUMNS.required, key: 'required', width: 10 },
    { header: REQUEST_COLUMNS.status, key: 'status', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow({
      seq: row.seq,
      title: row.title,
      reason: row.reason,
      indicators: row.indicatorIds.join('、'),
      dueDate: row.dueDate ?? '',
      required: row.required ? '是' : '否',
      status: STATUS_LABELS[row.status],
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A problem's message in `locale`. */
export function importMessage(problem: RequestImportProblem, locale: Locale): string {
  return REQUEST_IMPORT_MESSAGES[problem.code][locale]
    .replace('{row}', String(problem.row ?? ''))
    .replace('{value}', problem.value ?? '');
}
