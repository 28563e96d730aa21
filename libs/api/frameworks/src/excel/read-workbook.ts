import type { FrameworkImportPreview } from '@jixiao/contracts';
import {
  countIndicators,
  parseFramework,
  validateFramework,
  type Framework,
  type FrameworkProblem,
} from '@jixiao/domain';
import { Workbook } from 'exceljs';
import { domainProblems } from './domain-problems';
import { detail, ImportProblems } from './import-problems';
import { readGrades } from './read-grades';
import { parentId, readIndicators, type IndicatorSheet } from './read-indicators';
import { readInfo, type FrameworkInfo } from './read-info';
import { readMeasures } from './read-measures';
import { GRADE_COLUMNS, INDICATOR_COLUMNS, MEASURE_COLUMNS, SHEETS } from './sheet-layout';
import { findSheet, readTable } from './sheet-table';

async function load(data: Buffer): Promise<Workbook | null> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    return workbook;
  } catch {
    return null;
  }
}

/**
 * Reads an indicator-system workbook (docs/indicator-systems.md). Never throws on a malformed file:
 * every problem is listed with its sheet, row and column; `framework` is null as soon as there is
 * an error. A framework that reads cleanly is then checked by the domain (`parseFramework`), whose
 * problems are pointed at the rows of the indicators concerned; its warnings (code `warning.…`) do
 * not stop the import.
 */
export async function importFrameworkWorkbook(data: Buffer): Promise<FrameworkImportPreview> {
  const problems = new ImportProblems();
  const workbook = await load(data);
  if (workbook === null) {
    problems.add('', null, null, 'file.unreadable', detail('import.file_unreadable'));
    return { framework: null, problems: problems.list, indicatorCount: 0 };
  }
  const sheets = workbook.worksheets;
  const indicatorSheet = findSheet(sheets, SHEETS.indicators, problems);
  const measureSheet = findSheet(sheets, SHEETS.measures, problems, false);
  const gradeSheet = findSheet(sheets, SHEETS.grades, problems);
  const infoSheet = findSheet(sheets, SHEETS.info, problems);

  const { id, name, weight, ...optionalIndicatorColumns } = INDICATOR_COLUMNS;
  const indicatorRows =
    indicatorSheet &&
    readTable(indicatorSheet, [id, name, weight], Object.values(optionalIndicatorColumns), problems);
  const sheet = readIndicators(indicatorRows ?? [], problems);
  const measureRows = measureSheet && readTable(measureSheet, Object.values(MEASURE_COLUMNS), [], problems);
  const measures = readMeasures(measureRows ?? [], problems);
  const gradeRows = gradeSheet && readTable(gradeSheet, Object.values(GRADE_COLUMNS), [], problems);
  const grades = readGrades(gradeRows ?? [], problems);
  const info = infoSheet && readInfo(infoSheet, problems);
  const indicatorCount = countIndicators(sheet.indicators);

  const candidate: Framework = {
    key: info?.key ?? 'imported',
    name: info?.name ?? SHEETS.info,
    totalWeight: info?.totalWeight ?? '0',
    indicators: sheet.indicators,
    measures,
    gradeScale: { key: info?.gradeScaleKey ?? 'grades', name: info?.gradeScaleName ?? '', grades },
  };
  if (problems.count > 0 || info === null) {
    // One pass reports everything: the cells at fault, and what the domain finds in the rest.
    const checked =
      indicatorRows === null || gradeRows === null
        ? []
        : validateFramework(candidate).filter((problem) => stillMeaningful(problem, sheet, info));
    const located = info === null ? [] : domainProblems(checked, sheet.rowOf, info);
    return { framework: null, problems: [...problems.list, ...located], indicatorCount };
  }
  const parsed = parseFramework(candidate);
  return {
    framework: parsed.framework,
    problems: [...info.notices, ...domainProblems(parsed.problems, sheet.rowOf, info)],
    indicatorCount,
  };
}

/** A domain problem that does not merely repeat a cell problem (rows with a wrong cell stand in the tree). */
function stillMeaningful(
  problem: FrameworkProblem,
  sheet: IndicatorSheet,
  info: FrameworkInfo | null,
): boolean {
  if (problem.nodeId !== null && sheet.tainted.has(problem.nodeId)) return false;
  const unknownChild = (id: string | null) =>
    [...sheet.unknownWeight].some((child) => parentId(child) === id);
  if (problem.code === 'weights.children_sum' || problem.code === 'weights.points_sum') {
    return !unknownChild(problem.nodeId);
  }
  if (problem.code === 'weights.total') return info !== null && !unknownChild(null);
  if (problem.code === 'measure.unknown') return true;
  return info !== null || !problem.code.startsWith('framework.');
}
