import type { Framework, IndicatorNode } from '@jixiao/domain';
import { Workbook, type Worksheet } from 'exceljs';
import { formatFormula } from '@jixiao/domain';
import { nodesInTreeOrder } from './indicator-rows';
import { fitsNumberCell } from './number-text';
import { escapeCellText } from './ooxml-escape';
import { formatDeductions, formatExemption } from './params/clauses-text';
import { formatRuleParams } from './params/rule-params';
import { formatSource } from './params/value-source-text';
import {
  GRADE_COLUMNS,
  INDICATOR_COLUMNS as C,
  MEASURE_COLUMNS,
  MEASURE_UNIT_NAMES,
  RULE_KIND_NAMES,
  SHEETS,
} from './sheet-layout';
import { writeInfoSheet } from './write-info-sheet';

type CellInput = string | number | null;

/** A weight or score: a numeric cell when it reads back identically, else the exact text. */
function decimalCell(value: string): CellInput {
  return fitsNumberCell(value) ? Number(value) : value;
}

function textCell(value: string | undefined): CellInput {
  return value === undefined || value === '' ? null : value;
}

function addTable(
  workbook: Workbook,
  name: string,
  columns: readonly { header: string; width: number; wrap?: boolean }[],
  rows: readonly CellInput[][],
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: column.wrap
      ? { alignment: { wrapText: true, vertical: 'top' } }
      : { alignment: { vertical: 'top' } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  for (const row of rows)
    sheet.addRow(row.map((cell) => (typeof cell === 'string' ? escapeCellText(cell) : cell)));
  return sheet;
}

function indicatorRow(node: IndicatorNode): CellInput[] {
  const rule = node.rule;
  const source = rule && 'source' in rule ? formatSource(rule.source) : undefined;
  return [
    node.id,
    node.name,
    decimalCell(node.weight),
    textCell(node.explanation),
    textCell(node.standard),
    rule ? RULE_KIND_NAMES[rule.kind] : null,
    textCell(source),
    rule ? textCell(formatRuleParams(rule)) : null,
    node.exemption ? formatExemption(node.exemption) : null,
    textCell(formatDeductions(node.deductions ?? [])),
  ];
}

/** Writes a framework as the workbook docs/indicator-systems.md describes; importing it gives it back. */
export async function writeFrameworkWorkbook(framework: Framework): Promise<Buffer> {
  const nodes = nodesInTreeOrder(framework.indicators);
  const workbook = new Workbook();
  workbook.creator = '绩效评价协同平台';
  const kindList = `"${Object.values(RULE_KIND_NAMES).join(',')}"`;
  const indicators = addTable(
    workbook,
    SHEETS.indicators,
    [
      { header: C.id, width: 10 },
      { header: C.name, width: 28, wrap: true },
      { header: C.weight, width: 8 },
      { header: C.explanation, width: 36, wrap: true },
      { header: C.standard, width: 48, wrap: true },
      { header: C.kind, width: 11 },
      { header: C.source, width: 24 },
      { header: C.params, width: 48, wrap: true },
      { header: C.exemption, width: 24, wrap: true },
      { header: C.deductions, width: 30, wrap: true },
    ],
    nodes.map(indicatorRow),
  );
  // 编号 is text: "1.10" must not become the number 1.1 when typed in.
  indicators.getColumn(1).numFmt = '@';
  for (let row = 1; row <= Math.max(nodes.length + 1, 200); row++) indicators.getCell(row, 1).numFmt = '@';
  for (let row = 2; row <= Math.max(nodes.length + 1, 200); row++) {
    indicators.getCell(row, 6).dataValidation = { type: 'list', allowBlank: true, formulae: [kindList] };
  }
  addTable(
    workbook,
    SHEETS.measures,
    [
      { header: MEASURE_COLUMNS.key, width: 28 },
      { header: MEASURE_COLUMNS.name, width: 24 },
      { header: MEASURE_COLUMNS.unit, width: 8 },
      { header: MEASURE_COLUMNS.formula, width: 60 },
    ],
    framework.measures.map((measure) => [
      measure.key,
      measure.name,
      MEASURE_UNIT_NAMES[measure.unit],
      formatFormula(measure.formula),
    ]),
  );
  addTable(
    workbook,
    SHEETS.grades,
    [
      { header: GRADE_COLUMNS.label, width: 12 },
      { header: GRADE_COLUMNS.minScore, width: 14 },
    ],
    framework.gradeScale.grades.map((grade) => [grade.label, decimalCell(grade.minScore)]),
  );
  writeInfoSheet(workbook, framework, decimalCell(framework.totalWeight));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
