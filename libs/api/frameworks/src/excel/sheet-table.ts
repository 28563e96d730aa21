import type { Worksheet } from 'exceljs';
import { cellText } from './cell-text';
import { HEADER_ALIASES } from './sheet-layout';
import { detail, type ImportProblems } from './import-problems';
import { halfWidth } from './text-normalise';

/**
 * Rows beyond this are not read (an indicator system has a few hundred). Uploads with more rows than
 * this are refused before they are opened (`xlsx-inspection.ts`).
 */
export const MAX_ROWS = 2000;
/** The header row is looked for in the first rows, below any title rows. */
const HEADER_SEARCH_ROWS = 10;

export interface TableRow {
  row: number;
  /** Cell text by column name; '' for an empty cell or an absent optional column. */
  cells: Record<string, string>;
}

function normaliseHeader(text: string): string {
  return halfWidth(text)
    .replace(/\s+/g, '')
    .replace(/\*+$/, '')
    .replace(/\(.*\)$/, '')
    .toLowerCase();
}

function headerNames(column: string): string[] {
  return [column, ...(HEADER_ALIASES[column] ?? [])].map(normaliseHeader);
}

/** The column number of each known header found in `row`. */
function matchHeaders(sheet: Worksheet, row: number, columns: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  sheet.getRow(row).eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    const text = normaliseHeader(cellText(cell));
    const column = columns.find((name) => headerNames(name).includes(text));
    if (column !== undefined && !found.has(column)) found.set(column, columnNumber);
  });
  return found;
}

/**
 * Reads a sheet as a table whose columns are found BY NAME in a header row (the first of the top
 * rows with the most known headers). Blank rows are skipped. Null when a required column is missing
 * (each one reported).
 */
export function readTable(
  sheet: Worksheet,
  required: readonly string[],
  optional: readonly string[],
  problems: ImportProblems,
): TableRow[] | null {
  const columns = [...required, ...optional];
  let headerRow = 1;
  let headers = new Map<string, number>();
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); row++) {
    const found = matchHeaders(sheet, row, columns);
    if (found.size > headers.size) {
      headers = found;
      headerRow = row;
    }
  }
  const missing = required.filter((column) => !headers.has(column));
  for (const column of missing) {
    problems.add(
      sheet.name,
      headers.size > 0 ? headerRow : null,
      column,
      'sheet.missing_column',
      detail('import.column_missing', { sheet: sheet.name, column }),
    );
  }
  if (missing.length > 0) return null;
  const rows: TableRow[] = [];
  const last = sheet.rowCount;
  for (let row = headerRow + 1; row <= last; row++) {
    if (row - headerRow > MAX_ROWS) {
      problems.add(
        sheet.name,
        row,
        null,
        'sheet.too_many_rows',
        detail('import.too_many_rows', { sheet: sheet.name, max: MAX_ROWS }),
      );
      break;
    }
    const sheetRow = sheet.getRow(row);
    const cells: Record<string, string> = {};
    for (const column of columns) {
      const columnNumber = headers.get(column);
      cells[column] = columnNumber === undefined ? '' : cellText(sheetRow.getCell(columnNumber));
    }
    if (Object.values(cells).every((text) => text.trim() === '')) continue;
    rows.push({ row, cells });
  }
  return rows;
}

/** A sheet by its name (spaces around it ignored); reports it when absent. */
export function findSheet(
  sheets: readonly Worksheet[],
  name: string,
  problems: ImportProblems,
  required = true,
): Worksheet | null {
  const sheet = sheets.find((candidate) => candidate.name.trim() === name) ?? null;
  if (sheet === null && required)
    problems.add(name, null, null, 'sheet.missing', detail('import.sheet_missing', { sheet: name }));
  return sheet;
}
