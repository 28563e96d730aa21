import type { IndicatorNode, RuleKind, ScoringRule } from '@jixiao/domain';
import { detail, type ImportProblems } from './import-problems';
import { parseDecimalText } from './number-text';
import { parseDeductions, parseExemption } from './params/clauses-text';
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
    problems.cell(SHEET, row.row, C.kind, 'rule.kind_missing', detail('import.kind_without_rule'));
    return null;
  }
  const kind = ruleKind(kindText);
  if (kind === null) {
    problems.cell(
      SHEET,
      row.row,
      C.kind,
      'rule.unknown_kind',
      detail('import.unknown_kind', { kind: kindText, kinds: Object.values(RULE_KIND_NAMES) }),
    );
    return null;
  }
  const result = parseRuleCells(kind, source, params);
  if (result.ok) return result.rule;
  for (const problem of result.problems) {
    const code = problem.column === C.source ? 'rule.source_invalid' : 'rule.params_invalid';
    problems.cell(
      SHEET,
      row.row,
      problem.column,
      code,
      detail('import.invalid', { detail: problem.message }),
    );
  }
  return null;
}

/** One row as a node without children; null (problems recorded) when a cell is wrong. */
function readNode(row: TableRow, problems: ImportProblems): IndicatorNode | null {
  const before = problems.count;
  const id = halfWidth(row.cells[C.id] ?? '').trim();
  if (id === '') problems.cell(SHEET, row.row, C.id, 'indicator.id_missing', detail('import.empty'));
  else if (!ID.test(id)) {
    problems.cell(SHEET, row.row, C.id, 'indicator.id_invalid', detail('import.id_invalid', { id }));
  }
  const name = row.cells[C.name] ?? '';
  if (name.trim() === '')
    problems.cell(SHEET, row.row, C.name, 'indicator.name_missing', detail('import.empty'));
  const weightText = (row.cells[C.weight] ?? '').trim();
  const weight = parseDecimalText(weightText);
  if (weightText === '')
    problems.cell(SHEET, row.row, C.weight, 'indicator.weight_missing', detail('import.empty'));
  else if (weight === null)
    problems.cell(
      SHEET,
      row.row,
      C.weight,
      'cell.not_number',
      detail('import.not_number', { value: weightText }),
    );
  const rule = readRule(row, problems);
  const exemption = parseExemption(row.cells[C.exemption] ?? '');
  if (!exemption.ok) {
    problems.cell(SHEET, row.row, C.exemption, 'indicator.exemption_invalid', exemption.message);
  }
  const deductions = parseDeductions(row.cells[C.deductions] ?? '');
  if (!deductions.ok) {
    problems.cell(SHEET, row.row, C.deductions, 'indicator.deductions_invalid', deductions.message);
  }
  if (problems.count > before || weight === null || rule === null || !exemption.ok || !deductions.ok) {
    return null;
  }
  const node: IndicatorNode = { id, name, weight };
  const explanation = optionalText(row.cells[C.explanation] ?? '');
  const standard = optionalText(row.cells[C.standard] ?? '');
  if (explanation !== undefined) node.explanation = explanation;
  if (standard !== undefined) node.standard = standard;
  if (rule !== undefined) node.rule = rule;
  if (exemption.value !== undefined) node.exemption = exemption.value;
  if (deductions.value !== undefined) node.deductions = deductions.value;
  return node;
}

/**
 * The tree read from 「指标体系」. Rows with a wrong cell stand in the tree (with their weight when it
 * reads) so that the rest is still checked in the same pass; `tainted` are those rows, `unknownWeight`
 * the rows whose weight did not read (their parents' sums are not checked).
 */
export interface IndicatorSheet {
  indicators: IndicatorNode[];
  rowOf: Map<string, number>;
  tainted: ReadonlySet<string>;
  unknownWeight: ReadonlySet<string>;
}

export function parentId(id: string): string | null {
  const dot = id.lastIndexOf('.');
  return dot < 0 ? null : id.slice(0, dot);
}

/**
 * Reads 「指标体系」: one row per node; the parent of "1.2.3" is "1.2". Children keep the order of
 * their rows. Returns the tree and the row of every node (for the domain's problems).
 */
export function readIndicators(rows: readonly TableRow[], problems: ImportProblems): IndicatorSheet {
  const byId = new Map<string, RowNode>();
  const ordered: RowNode[] = [];
  const tainted = new Set<string>();
  const unknownWeight = new Set<string>();
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
        detail('import.duplicate', { value: id, first: first.row }),
      );
      continue;
    }
    if (id === '' || !ID.test(id)) continue;
    const weight = parseDecimalText((row.cells[C.weight] ?? '').trim());
    if (node === null) tainted.add(id);
    if (weight === null) unknownWeight.add(id);
    const name = (row.cells[C.name] ?? '').trim() === '' ? id : (row.cells[C.name] ?? '');
    const stand = { id, name, weight: weight ?? '0' };
    const entry = { row: row.row, node: node ?? stand, valid: node !== null };
    byId.set(id, entry);
    ordered.push(entry);
  }
  const indicators: IndicatorNode[] = [];
  for (const { row, node } of ordered) {
    const parent = parentId(node.id);
    if (parent === null) {
      indicators.push(node);
      continue;
    }
    const owner = byId.get(parent);
    if (owner === undefined) {
      problems.cell(
        SHEET,
        row,
        C.id,
        'indicator.parent_missing',
        detail('import.parent_missing', { id: node.id, parent }),
      );
      continue;
    }
    (owner.node.children ??= []).push(node);
  }
  return {
    indicators,
    rowOf: new Map([...byId].map(([id, entry]) => [id, entry.row])),
    tainted,
    unknownWeight,
  };
}
