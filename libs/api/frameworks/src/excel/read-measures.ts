import type { MeasureDefinition } from '@jixiao/domain';
import { parseFormula } from '@jixiao/domain';
import { detail, type ImportProblems } from './import-problems';
import { MEASURE_COLUMNS as C, MEASURE_UNIT_NAMES, SHEETS } from './sheet-layout';
import type { TableRow } from './sheet-table';
import { halfWidth } from './text-normalise';

const SHEET = SHEETS.measures;

function unit(text: string): MeasureDefinition['unit'] | null {
  const entries = Object.entries(MEASURE_UNIT_NAMES) as [MeasureDefinition['unit'], string][];
  return entries.find(([key, name]) => text === name || text === key)?.[0] ?? null;
}

/** Reads 「计算指标」: key, 名称, 单位 (比率/数值) and 公式 per row. */
export function readMeasures(rows: readonly TableRow[], problems: ImportProblems): MeasureDefinition[] {
  const measures: MeasureDefinition[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const before = problems.count;
    const key = halfWidth(row.cells[C.key] ?? '').trim();
    const name = row.cells[C.name] ?? '';
    const unitText = halfWidth(row.cells[C.unit] ?? '').trim();
    const formulaText = row.cells[C.formula] ?? '';
    if (key === '') problems.cell(SHEET, row.row, C.key, 'measure.key_missing', detail('import.empty'));
    const first = seen.get(key);
    if (key !== '' && first !== undefined) {
      problems.cell(
        SHEET,
        row.row,
        C.key,
        'measure.duplicate',
        detail('import.duplicate', { value: key, first }),
      );
    }
    seen.set(key, first ?? row.row);
    if (name.trim() === '')
      problems.cell(SHEET, row.row, C.name, 'measure.name_missing', detail('import.empty'));
    const measureUnit = unit(unitText);
    if (measureUnit === null) {
      problems.cell(
        SHEET,
        row.row,
        C.unit,
        'measure.unit_invalid',
        detail('import.unit_invalid', { value: unitText }),
      );
    }
    const formula = parseFormula(formulaText);
    if (!formula.ok)
      problems.cell(
        SHEET,
        row.row,
        C.formula,
        'measure.formula_invalid',
        detail('import.invalid', { detail: formula.detail }),
      );
    if (problems.count === before && measureUnit !== null && formula.ok) {
      measures.push({ key, name, unit: measureUnit, formula: formula.value });
    }
  }
  return measures;
}
