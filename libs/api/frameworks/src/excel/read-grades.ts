import type { GradeBand } from '@jixiao/domain';
import { detail, type ImportProblems } from './import-problems';
import { parseDecimalText } from './number-text';
import { GRADE_COLUMNS as C, SHEETS } from './sheet-layout';
import type { TableRow } from './sheet-table';

const SHEET = SHEETS.grades;

/** Reads 「评价等级」: 等级 and its inclusive lower bound, best grade first. */
export function readGrades(rows: readonly TableRow[], problems: ImportProblems): GradeBand[] {
  const grades: GradeBand[] = [];
  for (const row of rows) {
    const label = row.cells[C.label] ?? '';
    const minText = (row.cells[C.minScore] ?? '').trim();
    const minScore = parseDecimalText(minText);
    if (label.trim() === '')
      problems.cell(SHEET, row.row, C.label, 'grade.label_missing', detail('import.empty'));
    if (minText === '')
      problems.cell(SHEET, row.row, C.minScore, 'grade.min_missing', detail('import.empty'));
    else if (minScore === null)
      problems.cell(
        SHEET,
        row.row,
        C.minScore,
        'cell.not_number',
        detail('import.not_number', { value: minText }),
      );
    if (label.trim() !== '' && minScore !== null) grades.push({ label, minScore });
  }
  return grades;
}
