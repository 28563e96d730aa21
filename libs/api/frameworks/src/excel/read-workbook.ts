import type { FrameworkImportPreview } from '@jixiao/contracts';
import { parseFramework, type Framework, type IndicatorNode } from '@jixiao/domain';
import { Workbook } from 'exceljs';
import { domainProblems } from './domain-problems';
import { ImportProblems } from './import-problems';
import { readGrades } from './read-grades';
import { readIndicators } from './read-indicators';
import { readInfo } from './read-info';
import { readMeasures } from './read-measures';
import { GRADE_COLUMNS, INDICATOR_COLUMNS, MEASURE_COLUMNS, SHEETS } from './sheet-layout';
import { findSheet, readTable } from './sheet-table';

function countNodes(nodes: readonly IndicatorNode[]): number {
  return nodes.reduce((count, node) => count + 1 + countNodes(node.children ?? []), 0);
}

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
    problems.add(
      '',
      null,
      null,
      'file.unreadable',
      '文件无法读取，请上传 Excel 2007 及以上版本的 .xlsx 文件',
    );
    return { framework: null, problems: problems.list, indicatorCount: 0 };
  }
  const sheets = workbook.worksheets;
  const indicatorSheet = findSheet(sheets, SHEETS.indicators, problems);
  const measureSheet = findSheet(sheets, SHEETS.measures, problems);
  const gradeSheet = findSheet(sheets, SHEETS.grades, problems);
  const infoSheet = findSheet(sheets, SHEETS.info, problems);

  const { id, name, weight, ...optionalIndicatorColumns } = INDICATOR_COLUMNS;
  const indicatorRows =
    indicatorSheet &&
    readTable(indicatorSheet, [id, name, weight], Object.values(optionalIndicatorColumns), problems);
  const { indicators, rowOf } = readIndicators(indicatorRows ?? [], problems);
  const measureRows = measureSheet && readTable(measureSheet, Object.values(MEASURE_COLUMNS), [], problems);
  const measures = readMeasures(measureRows ?? [], problems);
  const gradeRows = gradeSheet && readTable(gradeSheet, Object.values(GRADE_COLUMNS), [], problems);
  const grades = readGrades(gradeRows ?? [], problems);
  const info = infoSheet && readInfo(infoSheet, problems);
  const indicatorCount = countNodes(indicators);

  if (problems.count > 0 || info === null) {
    return { framework: null, problems: problems.list, indicatorCount };
  }
  const candidate: Framework = {
    key: info.key,
    name: info.name,
    totalWeight: info.totalWeight,
    indicators,
    measures,
    gradeScale: { key: info.gradeScaleKey, name: info.gradeScaleName, grades },
  };
  const parsed = parseFramework(candidate);
  return {
    framework: parsed.framework,
    problems: domainProblems(parsed.problems, rowOf, info),
    indicatorCount,
  };
}
