import type { DocumentCell, DocumentTable } from '@jixiao/domain';
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

import { FONT, SIZE } from './report-type';
import { lines } from './text-lines';

const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const TABLE_BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
} as const;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** Relative widths → twips that add up to the type area exactly (the last column takes the rounding). */
export function scaleWidths(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  if (relative.length === 0 || sum <= 0) return [];
  const scaled = relative.map((width) => Math.floor((width / sum) * total));
  scaled[scaled.length - 1] = total - scaled.slice(0, -1).reduce((a, b) => a + b, 0);
  return scaled;
}

function cellParagraphs(cell: DocumentCell, header: boolean): Paragraph[] {
  const align = cell.align ?? (header ? 'center' : 'left');
  return lines(cell.text).map(
    (line) =>
      new Paragraph({
        alignment: ALIGN[align],
        spacing: { line: 320, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
        children: [
          new TextRun({ text: line, font: FONT.fangsong, size: SIZE.xiao4, bold: header || cell.bold }),
        ],
      }),
  );
}

/**
 * The cells of a row as the model gives them (cells covered by a span from above or from the left are
 * left out, as in HTML); `docx` writes the vertical-merge continuations itself.
 */
function tableRow(cells: readonly DocumentCell[], widths: readonly number[], header: boolean): TableRow {
  let column = 0;
  return new TableRow({
    // Written only on header rows: some readers take a present tblHeader as on, whatever its value.
    tableHeader: header || undefined,
    cantSplit: header || undefined,
    children: cells.map((cell) => {
      const span = cell.colSpan ?? 1;
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      return new TableCell({
        children: cellParagraphs(cell, header),
        columnSpan: span > 1 ? span : undefined,
        rowSpan: (cell.rowSpan ?? 1) > 1 ? cell.rowSpan : undefined,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
      });
    }),
  });
}

/** A report table: header rows repeated on every page (tblHeader), single borders, widths fixed to the type area. */
export function docxTable(table: DocumentTable, typeAreaWidth: number): Table {
  const widths = scaleWidths(table.widths, typeAreaWidth);
  return new Table({
    width: { size: typeAreaWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    rows: [
      ...table.header.map((row) => tableRow(row, widths, true)),
      ...table.rows.map((row) => tableRow(row, widths, false)),
    ],
  });
}
