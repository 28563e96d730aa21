import type { ImportProblem } from '@jixiao/contracts';

/** Every problem found while reading a workbook, each pointing at a sheet, row and column. */
export class ImportProblems {
  readonly list: ImportProblem[] = [];

  /** A problem of one cell: "第 12 行「权重」不是数字：'五'". */
  cell(sheet: string, row: number, column: string, code: string, detail: string): void {
    this.list.push({ sheet, row, column, code, message: `第 ${row} 行「${column}」${detail}` });
  }

  /** A problem of a whole row, sheet or file. */
  add(sheet: string, row: number | null, column: string | null, code: string, message: string): void {
    this.list.push({ sheet, row, column, code, message });
  }

  get count(): number {
    return this.list.length;
  }
}
