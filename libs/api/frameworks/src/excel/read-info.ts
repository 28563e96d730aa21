import type { Worksheet } from 'exceljs';
import { cellText } from './cell-text';
import type { ImportProblems } from './import-problems';
import { parseDecimalText } from './number-text';
import { INFO_LABELS, SHEETS } from './sheet-layout';
import { halfWidth } from './text-normalise';

const SHEET = SHEETS.info;
const VALUE_COLUMN = '内容';

export interface FrameworkInfo {
  key: string;
  name: string;
  totalWeight: string;
  gradeScaleKey: string;
  gradeScaleName: string;
  /** Row of each label, for pointing problems at it. */
  rowOf: Partial<Record<keyof typeof INFO_LABELS, number>>;
}

/** Reads the label/value rows of 「说明」 (label in column A, value in column B); other rows are notes. */
export function readInfo(sheet: Worksheet, problems: ImportProblems): FrameworkInfo | null {
  const values: Partial<Record<keyof typeof INFO_LABELS, string>> = {};
  const rowOf: FrameworkInfo['rowOf'] = {};
  const fields = Object.entries(INFO_LABELS) as [keyof typeof INFO_LABELS, string][];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const label = halfWidth(cellText(row.getCell(1))).replace(/\s+/g, '');
    const field = fields.find(([, name]) => name === label)?.[0];
    if (field === undefined || rowOf[field] !== undefined) return;
    rowOf[field] = rowNumber;
    values[field] = cellText(row.getCell(2));
  });
  const before = problems.count;
  for (const [field, label] of fields) {
    const row = rowOf[field];
    if (row === undefined) {
      problems.add(
        SHEET,
        null,
        label,
        'info.missing',
        `「说明」缺少“${label}”一行（A 列写“${label}”，B 列写内容）`,
      );
    } else if ((values[field] ?? '').trim() === '') {
      problems.cell(SHEET, row, VALUE_COLUMN, 'info.empty', `“${label}”为空`);
    }
  }
  const totalText = (values.totalWeight ?? '').trim();
  const totalWeight = parseDecimalText(totalText);
  if (rowOf.totalWeight !== undefined && totalText !== '' && totalWeight === null) {
    problems.cell(
      SHEET,
      rowOf.totalWeight,
      VALUE_COLUMN,
      'cell.not_number',
      `“${INFO_LABELS.totalWeight}”不是数字：'${totalText}'`,
    );
  }
  if (problems.count > before || totalWeight === null) return null;
  return {
    key: (values.key ?? '').trim(),
    name: values.name ?? '',
    totalWeight,
    gradeScaleKey: (values.gradeScaleKey ?? '').trim(),
    gradeScaleName: values.gradeScaleName ?? '',
    rowOf,
  };
}

export const INFO_VALUE_COLUMN = VALUE_COLUMN;
