import { Workbook } from 'exceljs';

export interface TableColumn<Row> {
  header: string;
  width: number;
  value: (row: Row) => string | number | null;
}

/** A one-sheet workbook: a bold header row and one row per record (the archive's record tables). */
export async function writeTableXlsx<Row>(
  sheetName: string,
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
): Promise<Buffer> {
  const book = new Workbook();
  book.created = new Date(0);
  book.modified = new Date(0);
  const sheet = book.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => column.value(row)));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
