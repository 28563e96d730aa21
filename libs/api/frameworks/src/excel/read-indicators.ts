import type { IndicatorNode, RuleKind, ScoringRule } from '@jixiao/domain';
import type { ImportProblems } from './import-problems';
import { parseDecimalText } from './number-text';
import { parseRuleCells } from './params/parse-rule-cells';
import { INDICATOR_COLUMNS as C, RULE_KIND_NAMES, SHEETS } from './sheet-layout';
import type { TableRow } from './sheet-table';
import { halfWidth } from './text-normalise';

const SHEET = SHEETS.indicators;
const ID = /^[^\s.]+(\.[^\s.]+)*$/;

interface RowNode {
  row: number;
  node: IndicatorNode;
  /** False for a row with a wrong cell: it still counts as a parent, but is not in the tree. */
  valid: boolean;
}

function ruleKind(text: string): RuleKind | null {
  const entries = Object.entries(RULE_KIND_NAMES) as [RuleKind, string][];
  return entries.find(([kind, name]) => text === name || text === kind)?.[0] ?? null;
}

function optionalText(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

function readRule(row: TableRow, problems: ImportProblems): ScoringRule | undefined | null {
  const kindText = halfWidth(row.cells[C.kind] ?? '').trim();
  const source = halfWidth(row.cells[C.source] ?? '').trim();
  const params = (row.cells[C.params] ?? '').trim();
  if (kindText === '') {
    if (source === '' && params === '') return undefined;
    problems.cell(SHEET, row.row, C.kind, 'rule.kind_missing', '为空，但填写了数据来源或规则参数');
    return null;
  }
  const kind = ruleKind(kindText);
  if (kind === null) {
    problems.cell(
      SHEET,
      row.row,
      C.kind,
      'rule.unknown_kind',
      `不是已知的规则类型：'${kindText}'（可选：${Object.values(RULE_KIND_NAMES).join('、')}）`,
    );
    return null;
  }
  const result = parseRuleCells(kind, source, params);
  if (result.ok) return result.rule;
  for (const problem of result.problems) {
    const code = problem.column === C.source ? 'rule.source_invalid' : 'rule.params_invalid';
    problems.cell(SHEET, row.row, problem.column, code, `有误：${problem.message}`);
  }
  return null;
}

/** One row as a node without children; null (problems recorded) when a cell is wrong. */
function readNode(row: TableRow, problems: ImportProblems): IndicatorNode | null {
  const before = problems.count;
  const id = halfWidth(row.cells[C.id] ?? '').trim();
  if (id === '') problems.cell(SHEET, row.row, C.id, 'indicator.id_missing', '为空');
  else if (!ID.test(id)) {
    problems.cell(
      SHEET,
      row.row,
      C.id,
      'indicator.id_invalid',
      `应写成 1、1.1、1.1.1 这样以“.”分级的编号：'${id}'`,
    );
  }
  const name = row.cells[C.name] ?? '';
  if (name.trim() === '') problems.cell(SHEET, row.row, C.name, 'indicator.name_missing', '为空');
  const weightText = (row.cells[C.weight] ?? '').trim();
  const weight = parseDecimalText(weightText);
  if (weightText === '') problems.cell(SHEET, row.row, C.weight, 'indicator.weight_missing', '为空');
  else if (weight === null)
    problems.cell(SHEET, row.row, C.weight, 'cell.not_number', `不是数字：'${weightText}'`);
  const rule = readRule(row, problems);
  if (problems.count > before || weight === null || rule === null) return null;
  const node: IndicatorNode = { id, name, weight };
  const explanation = optionalText(row.cells[C.explanation] ?? '');
  const standard = optionalText(row.cells[C.standard] ?? '');
  if (explanation !== undefined) node.explanation = explanation;
  if (standard !== undefined) node.standard = standard;
  if (rule !== undefined) node.rule = rule;
  return node;
}

function parentId(id: string): string | null {
  const dot = id.lastIndexOf('.');
  return dot < 0 ? null : id.slice(0, dot);
}

/**
 * Reads 「指标体系」: one row per node; the parent of "1.2.3" is "1.2". Children keep the order of
 * their rows. Returns the tree and the row of every node (for the domain's problems).
 */
export function readIndicators(
  rows: readonly TableRow[],
  problems: ImportProblems,
): { indicators: IndicatorNode[]; rowOf: Map<string, number> } {
  const byId = new Map<string, RowNode>();
  const ordered: RowNode[] = [];
  for (const row of rows) {
    const node = readNode(row, problems);
    const id = halfWidth(row.cells[C.id] ?? '').trim();
    const first = byId.get(id);
    if (id !== '' && first !== undefined) {
      problems.cell(
        SHEET,
        row.row,
        C.id,
        'indicator.id_duplicate',
        `重复：'${id}' 已在第 ${first.row} 行使用`,
      );
      continue;
    }
    if (id === '' || !ID.test(id)) continue;
    const entry = { row: row.row, node: node ?? { id, name: '', weight: '0' }, valid: node !== null };
    byId.set(id, entry);
    ordered.push(entry);
  }
  const indicators: IndicatorNode[] = [];
  for (const { row, node, valid } of ordered) {
    const parent = parentId(node.id);
    if (parent === null) {
      if (valid) indicators.push(node);
      continue;
    }
    const owner = byId.get(parent);
    if (owner === undefined) {
      problems.cell(
        SHEET,
        row,
        C.id,
        'indicator.parent_missing',
        `'${node.id}' 的上级指标 '${parent}' 不存在`,
      );
      continue;
    }
    if (valid) (owner.node.children ??= []).push(node);
  }
  return { indicators, rowOf: new Map([...byId].map(([id, entry]) => [id, entry.row])) };
}
