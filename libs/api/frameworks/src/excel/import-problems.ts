import type { ImportProblem } from '@jixiao/contracts';
import { msg, renderMessage, type Message, type MessageCode, type MessageParams } from '@jixiao/domain';

/** Every problem found while reading a workbook, each pointing at a sheet, row and column. */
export class ImportProblems {
  readonly list: ImportProblem[] = [];

  /** A problem of one cell: "第 12 行「权重」不是数字：'五'". */
  cell(sheet: string, row: number, column: string, code: string, detail: Message): void {
    this.push(sheet, row, column, code, msg('import.at_cell', { row, column, detail }));
  }

  /** A problem of a whole row, sheet or file. */
  add(sheet: string, row: number | null, column: string | null, code: string, detail: Message): void {
    this.push(sheet, row, column, code, detail);
  }

  private push(
    sheet: string,
    row: number | null,
    column: string | null,
    code: string,
    detail: Message,
  ): void {
    this.list.push({ sheet, row, column, code, message: renderMessage(detail), detail });
  }

  get count(): number {
    return this.list.length;
  }
}

/** Shorthand for a cell detail message. */
export function detail(code: MessageCode, params?: MessageParams): Message {
  return msg(code, params);
}
