import type { ImportProblem } from '@jixiao/contracts';
import { msg, renderMessage, type FrameworkProblem, type Message } from '@jixiao/domain';
import type { FrameworkInfo } from './read-info';
import { INFO_VALUE_COLUMN } from './read-info';
import { INDICATOR_COLUMNS as C, INFO_LABELS, SHEETS } from './sheet-layout';

/** Domain warnings keep their code behind this prefix, so a client tells them from errors. */
export const WARNING_PREFIX = 'warning.';

function indicatorColumn(code: string): string {
  if (code.startsWith('weights.') || code === 'decimal.invalid') return C.weight;
  if (code === 'ids.duplicate') return C.id;
  if (code === 'measure.unknown') return C.source;
  if (code === 'rule.missing' || code === 'rule.on_parent') return C.kind;
  return C.params;
}

function frameworkWide(
  problem: FrameworkProblem,
  info: FrameworkInfo,
): Pick<ImportProblem, 'sheet' | 'row' | 'column'> {
  if (problem.code.startsWith('measure.')) return { sheet: SHEETS.measures, row: null, column: null };
  if (problem.code.startsWith('grades.')) return { sheet: SHEETS.grades, row: null, column: null };
  if (problem.code === 'weights.total' || problem.code === 'decimal.invalid') {
    return { sheet: SHEETS.info, row: info.rowOf.totalWeight ?? null, column: INFO_VALUE_COLUMN };
  }
  if (problem.code.startsWith('framework.name')) {
    return { sheet: SHEETS.info, row: info.rowOf.name ?? null, column: INFO_VALUE_COLUMN };
  }
  return { sheet: SHEETS.indicators, row: null, column: null };
}

function located(
  where: Pick<ImportProblem, 'sheet' | 'row' | 'column'>,
  code: string,
  detail: Message,
): ImportProblem {
  return { ...where, code, message: renderMessage(detail), detail };
}

/** The domain's validation problems as sheet problems: a node's problem points at the node's row. */
export function domainProblems(
  problems: readonly FrameworkProblem[],
  rowOf: ReadonlyMap<string, number>,
  info: FrameworkInfo,
): ImportProblem[] {
  return problems.map((problem) => {
    const code = problem.severity === 'warning' ? `${WARNING_PREFIX}${problem.code}` : problem.code;
    const message: Message = { code: problem.code, params: problem.params };
    const row = problem.nodeId === null ? undefined : rowOf.get(problem.nodeId);
    if (row === undefined) {
      const where = frameworkWide(problem, info);
      const label =
        where.sheet === SHEETS.info
          ? `“${where.row === info.rowOf.name ? INFO_LABELS.name : INFO_LABELS.totalWeight}”`
          : '';
      return located(
        where,
        code,
        where.row === null ? message : msg('import.at_row', { row: where.row, label, detail: message }),
      );
    }
    const column = indicatorColumn(problem.code);
    return located(
      { sheet: SHEETS.indicators, row, column },
      code,
      msg('import.at_indicator', { row, column, id: problem.nodeId ?? '', detail: message }),
    );
  });
}
