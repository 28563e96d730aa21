import { D } from '../scoring/decimal';
import type { DocumentCell, DocumentTable } from './report-document';
import type { ReportIndicatorRow, ReportModel } from './report-model';
import { TOTAL_ANCHOR } from './report-outline';

/** A rate fraction as printed: "0.9535" → "95.35%"; empty when there is none. */
export function ratePrinted(rate: string | null): string {
  return rate === null ? '' : `${new D(rate).times(100).toFixed(2, D.ROUND_HALF_UP)}%`;
}

const head = (text: string, extra: Partial<DocumentCell> = {}): DocumentCell => ({
  text,
  bold: true,
  align: 'center',
  ...extra,
});
const cell = (text: string, extra: Partial<DocumentCell> = {}): DocumentCell => ({ text, ...extra });
const num = (text: string, placeholder?: string): DocumentCell => ({
  text,
  align: 'center',
  ...(placeholder === undefined ? {} : { placeholder }),
});

/** 三: level-1 weight, score, rate; the total and grade in the last row. */
export function level1Table(model: ReportModel, caption: string): DocumentTable {
  const { scores } = model;
  return {
    kind: 'table',
    anchor: TOTAL_ANCHOR,
    caption,
    header: [[head('一级指标'), head('权重'), head('得分'), head('得分率')]],
    rows: [
      ...scores.level1.map((row) => [
        cell(row.name),
        num(row.weight, `level1.${row.id}.weight`),
        num(row.score ?? '—', `level1.${row.id}.score`),
        num(ratePrinted(row.rate), `level1.${row.id}.rate`),
      ]),
      [
        cell('合计', { bold: true }),
        num(scores.totalWeight, 'total_weight'),
        num(scores.total ?? '—', 'total'),
        num(scores.grade ?? '—', 'grade'),
      ],
    ],
    widths: [4, 2, 2, 2],
    note: '注：最后一列合计行为评价等级。',
  };
}

/** 四: the indicators under one level-1 family with weight, score and rate. */
export function familyTable(
  model: ReportModel,
  familyId: string,
  caption: string,
  anchor: string,
): DocumentTable {
  const rows = descendants(model.scores.indicators, familyId).filter((row) => row.level <= 3);
  return {
    kind: 'table',
    anchor,
    caption,
    header: [[head('指标'), head('权重'), head('得分'), head('得分率')]],
    rows: rows.map((row) => [
      cell(`${'　'.repeat(Math.max(0, row.level - 2))}${row.name}`),
      num(row.weight),
      num(row.score ?? '—', `indicator.${row.id}.score`),
      num(ratePrinted(row.rate)),
    ]),
    widths: [5, 2, 2, 2],
  };
}

/** The rows under `id`, depth-first, without it. */
export function descendants(rows: readonly ReportIndicatorRow[], id: string): ReportIndicatorRow[] {
  const found: ReportIndicatorRow[] = [];
  const visit = (parent: string) => {
    for (const row of rows) {
      if (row.parentId !== parent) continue;
      found.push(row);
      visit(row.id);
    }
  };
  visit(id);
  return found;
}

/** 附件1: the full scoring table — every indicator, its weight, explanation, standard, score, rate, findings, deduction reason; total, grade. */
export function scoringTable(model: ReportModel): DocumentTable {
  const { scores } = model;
  return {
    kind: 'table',
    anchor: 'table:appendix1',
    caption: '部门整体支出绩效评价指标体系打分表',
    header: [
      [
        head('编号'),
        head('指标'),
        head('权重'),
        head('指标解释'),
        head('评分标准'),
        head('得分'),
        head('得分率'),
        head('完成情况'),
        head('扣分原因'),
      ],
    ],
    rows: [
      ...scores.indicators.map((row) => [
        cell(row.id, { align: 'center' }),
        cell(row.name, { bold: row.level === 1 }),
        num(row.weight),
        cell(row.explanation),
        cell(row.standard),
        num(row.score ?? '—', row.level === 1 ? `level1.${row.id}.score` : `indicator.${row.id}.score`),
        num(ratePrinted(row.rate)),
        cell(row.findings),
        cell(
          row.overridden && row.overrideReason !== null
            ? [row.deductionReason, `（调整：${row.overrideReason}）`].filter(Boolean).join('')
            : row.deductionReason,
        ),
      ]),
      [
        cell('合计', { colSpan: 2, bold: true, align: 'center' }),
        num(scores.totalWeight, 'total_weight'),
        cell('', { colSpan: 2 }),
        num(scores.total ?? '—', 'total'),
        cell(`评价等级：${scores.grade ?? '—'}`, { colSpan: 3, placeholder: 'grade' }),
      ],
    ],
    widths: [1.2, 2.5, 1, 4, 4, 1, 1.2, 4, 3],
    note: `评价等级：${gradeScaleText(model)}`,
  };
}

/** "优（≥90分）、良（80–90分）…" from the grade scale. */
export function gradeScaleText(model: ReportModel): string {
  const grades = model.scores.gradeScale.grades;
  return grades
    .map((grade, index) => {
      const upper = grades[index - 1]?.minScore;
      return upper === undefined
        ? `${grade.label}（${grade.minScore}分及以上）`
        : `${grade.label}（${grade.minScore}分（含）至${upper}分）`;
    })
    .join('、');
}

/** Seed 2's one-page summary: score, grade, funds in scope, execution rate. */
export function summaryTable(model: ReportModel): DocumentTable {
  const value = (key: string) => model.placeholders.find((entry) => entry.key === key)?.value ?? '—';
  return {
    kind: 'table',
    anchor: 'table:summary',
    caption: '绩效评价结果汇总表',
    header: [[head('项目'), head('内容')]],
    rows: [
      [cell('评价对象'), cell(model.facts.evaluationTitle)],
      [cell('综合得分'), num(value('total'), 'total')],
      [cell('评价等级'), num(value('grade'), 'grade')],
      [cell('评价资金规模（万元）'), num(value('funds_in_scope'), 'funds_in_scope')],
      [cell('预算执行率'), num(value('measure.budget_execution_rate'), 'measure.budget_execution_rate')],
    ],
    widths: [3, 6],
  };
}
