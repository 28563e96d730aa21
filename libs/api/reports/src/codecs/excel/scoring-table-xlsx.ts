import type { DocumentCell, DocumentTable } from '@jixiao/domain';
import { type Cell, Workbook, type Worksheet } from 'exceljs';

import { numericCell } from './numeric-cell';

const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
/** Roughly the characters across an A4 landscape page at 10 pt; column widths are scaled to it. */
const PAGE_CHARACTERS = 150;

/** Where each model cell lands on the grid, with the cells covered by spans from above taken into account. */
function placeCells(rows: readonly (readonly DocumentCell[])[]) {
  const taken = new Set<string>();
  const placed: { cell: DocumentCell; row: number; column: number }[] = [];
  rows.forEach((cells, rowIndex) => {
    let column = 0;
    for (const cell of cells) {
      while (taken.has(`${rowIndex}:${column}`)) column += 1;
      placed.push({ cell, row: rowIndex, column });
      const [rowSpan, colSpan] = [cell.rowSpan ?? 1, cell.colSpan ?? 1];
      for (let r = 0; r < rowSpan; r += 1)
        for (let c = 0; c < colSpan; c += 1) taken.add(`${rowIndex + r}:${column + c}`);
      column += colSpan;
    }
  });
  return placed;
}

function writeCell(target: Cell, cell: DocumentCell, header: boolean): void {
  const number = header ? null : numericCell(cell.text);
  if (number) {
    target.value = number.value;
    target.numFmt = number.numFmt;
  } else {
    target.value = cell.text === '' ? null : cell.text;
  }
  target.font = { name: '仿宋', size: 10, bold: header || cell.bold === true };
  target.alignment = {
    wrapText: true,
    vertical: 'middle',
    horizontal: cell.align ?? (header || number ? 'center' : 'left'),
  };
  target.border = BORDER;
}

function setUpPage(sheet: Worksheet, headerRows: number, title: string): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `1:${headerRows + 1}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '&C— &P —' };
  sheet.views = [{ state: 'frozen', ySplit: headerRows + 1, xSplit: 0, showGridLines: false }];
  sheet.getRow(1).getCell(1).value = title;
}

/**
 * A report table (附件1's full scoring table) → .xlsx: the caption as a title row, header rows bold,
 * frozen and printed on every page, spans merged, column widths in proportion, numbers as numbers with
 * the decimals the report prints, A4 landscape fitted to the page width.
 */
export async function writeScoringTableXlsx(table: DocumentTable, sheetName = '评分表'): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = '绩效评价协同平台';
  const sheet = workbook.addWorksheet(sheetName);
  const sum = table.widths.reduce((a, b) => a + b, 0) || 1;
  table.widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = Math.max(4, Math.round((width / sum) * PAGE_CHARACTERS));
  });
  const headerRows = table.header.length;
  setUpPage(sheet, headerRows, table.caption);
  sheet.mergeCells(1, 1, 1, Math.max(1, table.widths.length));
  const titleCell = sheet.getRow(1).getCell(1);
  titleCell.font = { name: '黑体', size: 14, bold: true };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 28;

  for (const { cell, row, column } of placeCells([...table.header, ...table.rows])) {
    const [top, left] = [row + 2, column + 1];
    const [bottom, right] = [top + (cell.rowSpan ?? 1) - 1, left + (cell.colSpan ?? 1) - 1];
    if (bottom > top || right > left) sheet.mergeCells(top, left, bottom, right);
    writeCell(sheet.getCell(top, left), cell, row < headerRows);
    // A merged range shows the borders of every cell it covers.
    for (let r = top; r <= bottom; r += 1)
      for (let c = left; c <= right; c += 1) sheet.getCell(r, c).border = BORDER;
  }
  if (table.note) sheet.addRow([table.note]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
