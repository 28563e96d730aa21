import type { ImportProblem } from '@jixiao/contracts';
import { renderMessage } from '@jixiao/domain';
import type { Worksheet } from 'exceljs';
import { cellText } from './cell-text';
import { detail, type ImportProblems } from './import-problems';
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
  /** Warnings about values generated for optional rows left out. */
  notices: ImportProblem[];
}

/** The two codes may be left out; they are generated then (a code only needs to be unique). */
const GENERATED: Partial<Record<keyof typeof INFO_LABELS, string>> = {
  key: 'imported',
  gradeScaleKey: 'grades',
};

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
  const notices: ImportProblem[] = [];
  for (const [field, label] of fields) {
    const row = rowOf[field];
    const generated = GENERATED[field];
    if (generated !== undefined && (values[field] ?? '').trim() === '') {
      values[field] = generated;
      const message = detail('import.key_generated', { label, key: generated });
      notices.push({
        sheet: SHEET,
        row: row ?? null,
        column: null,
        code: 'warning.info.generated',
        message: renderMessage(message),
        detail: message,
      });
    } else if (row === undefined) {
      problems.add(SHEET, null, label, 'info.missing', detail('import.info_missing', { label }));
    } else if ((values[field] ?? '').trim() === '') {
      problems.cell(SHEET, row, VALUE_COLUMN, 'info.empty', detail('import.info_empty', { label }));
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
      detail('import.info_not_number', { label: INFO_LABELS.totalWeight, value: totalText }),
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
    notices,
  };
}

export const INFO_VALUE_COLUMN = VALUE_COLUMN;
