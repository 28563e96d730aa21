import type { Cell, CellValue } from 'exceljs';
import { numberCellText } from './number-text';

type ScalarResult = number | string | boolean | Date | { error: string } | undefined;

function scalarText(value: ScalarResult): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return numberCellText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value.error;
}

function richText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'richText' in value && Array.isArray(value.richText)) {
    return value.richText
      .map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : ''))
      .join('');
  }
  return null;
}

/**
 * The text a cell shows, whatever a spreadsheet program stored: rich text runs joined, the result of a
 * formula, a hyperlink's text, numbers as up to 15 significant digits, dates as YYYY-MM-DD. Merged
 * cells read as their top-left cell.
 */
export function valueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object' || value instanceof Date) return scalarText(value);
  if ('formula' in value || 'sharedFormula' in value) return scalarText(value.result);
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return richText(value.text) ?? '';
  return richText(value) ?? '';
}

export function cellText(cell: Cell): string {
  const source = cell.isMerged ? cell.master : cell;
  return valueText(source.value);
}
