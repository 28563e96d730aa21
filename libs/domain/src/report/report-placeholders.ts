import { D } from '../scoring/decimal';
import type { EvaluationResult } from '../scoring/evaluation.model';
import { figureDefinition } from '../scoring/figures';
import { formatNumber } from '../scoring/format';
import type { Figures } from '../scoring/evaluation.model';
import type { Framework } from '../scoring/framework.model';
import { figureValue } from '../scoring/measures';
import type { PlaceholderValue, ReportFacts } from './report-model';

/** `{{key}}` in narrative text. Keys are letters, digits, `.`, `_` and `-`. */
export const PLACEHOLDER_PATTERN = /\{\{\s*([\w.-]+)\s*\}\}/g;

/** A date as printed in a report: 2025-07-15 → "2025年7月15日". */
export function reportDateText(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  if (year === undefined || month === undefined || day === undefined) return iso;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

const percentText = (rate: string): { value: string; numeric: string } => {
  const percent = new D(rate).times(100).toFixed(2, D.ROUND_HALF_UP);
  return { value: `${percent}%`, numeric: percent };
};

const text = (key: string, label: string, value: string): PlaceholderValue => ({
  key,
  label,
  value,
  numeric: null,
});
const number = (key: string, label: string, value: string): PlaceholderValue => ({
  key,
  label,
  value,
  numeric: value,
});

/**
 * Every value a narrative may quote, resolved from the data: facts (unit, dates), the total and grade,
 * level-1 weight/score/rate, every indicator's score, the measures (rates as percentages) and figures.
 */
export function placeholderValues(
  framework: Framework,
  result: EvaluationResult,
  figures: Figures,
  facts: ReportFacts,
): PlaceholderValue[] {
  const values: PlaceholderValue[] = [
    text('unit', '被评价单位', facts.unitName),
    text('bureau', '委托单位', facts.bureauName),
    text('firm', '评价机构', facts.firmName),
    text('year', '评价年度', `${facts.fiscalYear}年`),
    text('report_date', '报告日期', reportDateText(facts.reportDate)),
  ];
  if (facts.fundsInScope !== null) {
    values.push(number('funds_in_scope', '评价资金规模（万元）', formatNumber(new D(facts.fundsInScope))));
  }
  for (const milestone of facts.history) {
    values.push(text(`date.${milestone.key}`, `${milestone.label}日期`, reportDateText(milestone.date)));
  }
  if (result.total !== null) values.push(number('total', '综合得分', result.total));
  if (result.grade !== null) values.push(text('grade', '评价等级', result.grade));
  values.push(number('total_weight', '总分值', framework.totalWeight));
  for (const row of result.level1) {
    values.push(number(`level1.${row.id}.weight`, `${row.name}权重`, row.weight));
    if (row.score !== null) values.push(number(`level1.${row.id}.score`, `${row.name}得分`, row.score));
    if (row.rate !== null) {
      const rate = percentText(row.rate);
      values.push({ key: `level1.${row.id}.rate`, label: `${row.name}得分率`, ...rate });
    }
  }
  const level1Ids = new Set(result.level1.map((row) => row.id));
  for (const node of result.nodes) {
    if (level1Ids.has(node.id) || node.final === null) continue;
    values.push(number(`indicator.${node.id}.score`, `${node.name}得分`, node.final));
  }
  for (const measure of result.measures) {
    if (measure.value === null) continue;
    const unit = framework.measures.find((definition) => definition.key === measure.key)?.unit ?? 'number';
    if (unit === 'rate') {
      values.push({
        key: `measure.${measure.key}`,
        label: measure.name,
        ...percentText(String(measure.value)),
      });
    } else {
      values.push(number(`measure.${measure.key}`, measure.name, formatNumber(measure.value)));
    }
  }
  for (const key of Object.keys(figures)) {
    const value = figureValue(figures, key);
    if (value === undefined) continue;
    values.push(number(`figure.${key}`, figureDefinition(key)?.name ?? key, formatNumber(value)));
  }
  return values;
}

/** A piece of narrative: literal text, or a placeholder (resolved, or not found). */
export type NarrativePiece =
  { kind: 'text'; text: string } | { kind: 'placeholder'; key: string; value: string | null };

/** Splits a paragraph into literal text and placeholders resolved against `values`. */
export function resolveNarrative(
  paragraph: string,
  values: ReadonlyMap<string, PlaceholderValue>,
): NarrativePiece[] {
  const pieces: NarrativePiece[] = [];
  let last = 0;
  for (const match of paragraph.matchAll(PLACEHOLDER_PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) pieces.push({ kind: 'text', text: paragraph.slice(last, index) });
    const key = match[1] ?? '';
    pieces.push({ kind: 'placeholder', key, value: values.get(key)?.value ?? null });
    last = index + match[0].length;
  }
  if (last < paragraph.length) pieces.push({ kind: 'text', text: paragraph.slice(last) });
  return pieces;
}

/** Paragraphs of a narrative slot: split on line breaks, blank lines dropped. */
export function narrativeParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
