import { D, dec, isDecimalString } from '../scoring/decimal';
import type { EvaluationResult } from '../scoring/evaluation.model';
import { gradeFor } from '../scoring/grades';
import type { Message, MessageParams } from '../messages/message';
import { msg, renderMessage } from '../messages/render';
import type { MessageCode } from '../messages/catalog';
import type { PlaceholderValue, ReportModel } from './report-model';
import { deductionReasonOf, deductionRows } from './report-model-of';
import { INDICATOR_ANCHOR, PROBLEM_ANCHOR, SLOT_ANCHOR, TOTAL_ANCHOR } from './report-outline';
import { PLACEHOLDER_PATTERN } from './report-placeholders';

/** One thing the consistency gate found; `blocking` ones stop the version leaving the firm. */
export interface GateProblem {
  severity: 'blocking' | 'warning';
  /** Stable code, e.g. `report.gate.total_differs`. */
  code: MessageCode;
  /** The place to fix it: `table:level1`, `indicator:2.1.1`, `slot:abstract`, `problem:0`, `chapter:problems`. */
  anchor: string;
  detail: Message;
  /** The zh-CN text. */
  message: string;
}

const problem = (
  severity: GateProblem['severity'],
  code: MessageCode,
  anchor: string,
  params: MessageParams,
): GateProblem => {
  const detail = msg(code, params);
  return { severity, code, anchor, detail, message: renderMessage(detail) };
};

const same = (a: string | null, b: string | null): boolean =>
  a === null || b === null ? a === b : isDecimalString(a) && isDecimalString(b) && dec(a).equals(dec(b));

/** Totals, grade, level-1 and indicator scores of the model against the result recomputed from the tree. */
function scoreProblems(model: ReportModel, recomputed: EvaluationResult): GateProblem[] {
  const found: GateProblem[] = [];
  const { scores } = model;
  if (!same(scores.total, recomputed.total)) {
    found.push(
      problem('blocking', 'report.gate.total_differs', TOTAL_ANCHOR, {
        stated: scores.total ?? '—',
        computed: recomputed.total ?? '—',
      }),
    );
  }
  if (scores.grade !== recomputed.grade) {
    found.push(
      problem('blocking', 'report.gate.grade_differs', TOTAL_ANCHOR, {
        stated: scores.grade ?? '—',
        computed: recomputed.grade ?? '—',
      }),
    );
  }
  const weights = scores.level1.filter((row) => row.score !== null);
  const weightSum = weights.reduce((sum, row) => sum.plus(dec(row.weight)), new D(0));
  if (scores.total !== null && isDecimalString(scores.total) && weightSum.equals(dec(scores.totalWeight))) {
    const sum = weights.reduce((total, row) => total.plus(dec(row.score ?? '0')), new D(0));
    if (!sum.equals(dec(scores.total))) {
      found.push(
        problem('blocking', 'report.gate.total_not_sum', TOTAL_ANCHOR, {
          total: scores.total,
          sum: sum.toString(),
        }),
      );
    }
  }
  if (scores.total !== null && isDecimalString(scores.total)) {
    const expected = gradeFor(scores.gradeScale, scores.total);
    if (expected !== scores.grade) {
      found.push(
        problem('blocking', 'report.gate.grade_not_of_total', TOTAL_ANCHOR, {
          total: scores.total,
          expected: expected ?? '—',
          stated: scores.grade ?? '—',
        }),
      );
    }
  }
  const level1 = new Map(recomputed.level1.map((row) => [row.id, row]));
  for (const row of scores.level1) {
    const computed = level1.get(row.id)?.score ?? null;
    if (!same(row.score, computed)) {
      found.push(
        problem('blocking', 'report.gate.level1_differs', TOTAL_ANCHOR, {
          name: row.name,
          stated: row.score ?? '—',
          computed: computed ?? '—',
        }),
      );
    }
  }
  const nodes = new Map(recomputed.nodes.map((node) => [node.id, node]));
  for (const row of scores.indicators) {
    const node = nodes.get(row.id);
    const computed = node?.final ?? null;
    if (!same(row.score, computed)) {
      found.push(
        problem('blocking', 'report.gate.score_differs', INDICATOR_ANCHOR(row.id), {
          id: row.id,
          name: row.name,
          stated: row.score ?? '—',
          computed: computed ?? '—',
        }),
      );
    }
    if (node?.overridden === true && (!row.overridden || (row.overrideReason ?? '').trim() === '')) {
      found.push(
        problem('blocking', 'report.gate.override_not_listed', INDICATOR_ANCHOR(row.id), {
          id: row.id,
          name: row.name,
          score: node.final ?? '—',
        }),
      );
    }
  }
  return found;
}

/** Every deduction has a reason, and is explained in 六 or waived with a reason. */
function deductionProblems(model: ReportModel): GateProblem[] {
  const found: GateProblem[] = [];
  const rows = model.scores.indicators;
  const covered = new Set(model.narrative.problems.flatMap((entry) => entry.indicatorIds));
  for (const row of deductionRows(rows)) {
    const lost = dec(row.weight)
      .minus(dec(row.score ?? '0'))
      .toString();
    const params = { id: row.id, name: row.name, lost };
    if (deductionReasonOf(row, rows) === '') {
      found.push(
        problem('blocking', 'report.gate.deduction_reason_missing', INDICATOR_ANCHOR(row.id), params),
      );
    }
    const ancestors = ancestorIds(row.id, rows);
    const explained = [row.id, ...ancestors].some((id) => covered.has(id));
    const waived = (model.narrative.waivers[row.id] ?? '').trim() !== '';
    if (!explained && !waived) {
      found.push(problem('blocking', 'report.gate.deduction_not_in_problems', 'chapter:problems', params));
    }
  }
  for (const row of rows) {
    if (row.overridden && row.ruleScore !== null && row.score !== null && !same(row.ruleScore, row.score)) {
      found.push(
        problem('warning', 'report.gate.override_departs', INDICATOR_ANCHOR(row.id), {
          id: row.id,
          name: row.name,
          rule: row.ruleScore,
          score: row.score,
          reason: row.overrideReason ?? '',
        }),
      );
    }
  }
  return found;
}

function ancestorIds(id: string, rows: ReportModel['scores']['indicators']): string[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ids: string[] = [];
  for (
    let parent = byId.get(id)?.parentId ?? null;
    parent !== null;
    parent = byId.get(parent)?.parentId ?? null
  ) {
    ids.push(parent);
  }
  return ids;
}

/** The narrative texts with the anchor of their place. */
function narrativeTexts(model: ReportModel): { anchor: string; text: string }[] {
  return [
    ...Object.entries(model.narrative.slots).map(([key, text]) => ({ anchor: SLOT_ANCHOR(key), text })),
    ...model.narrative.problems.map((entry, index) => ({
      anchor: PROBLEM_ANCHOR(index),
      text: `${entry.title}\n${entry.text}`,
    })),
  ];
}

function placeholderProblems(model: ReportModel): GateProblem[] {
  const keys = new Set(model.placeholders.map((entry) => entry.key));
  const found: GateProblem[] = [];
  for (const { anchor, text } of narrativeTexts(model)) {
    for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
      if (!keys.has(match[1] ?? '')) {
        found.push(problem('blocking', 'report.gate.placeholder_unresolved', anchor, { token: match[0] }));
      }
    }
  }
  return found;
}

const STOP = /[。；;！？!?\n]/;
const NUMBER = /-?\d+(?:\.\d+)?/;
/** How far after a label a typed number still belongs to it ("预算执行率为100%", "综合得分：93.35分"). */
const WINDOW = 8;

/** Whether `typed` (with its own decimals) is `value` rounded half-up to as many decimals. */
function agrees(typed: string, value: string): boolean {
  const decimals = typed.includes('.') ? (typed.split('.')[1] ?? '').length : 0;
  return new D(value).toDecimalPlaces(decimals, D.ROUND_HALF_UP).equals(new D(typed));
}

/**
 * A typed total or level-1 score that differs from the data is a hand-edited result: it blocks. Other
 * typed figures are warned about (the text may quote last year's value on purpose).
 */
function conclusive(key: string): boolean {
  return key === 'total' || key.startsWith('level1.');
}

/**
 * Numbers typed right after a known value's label that differ from the value ("预算执行率为98%" when
 * the data says 100.00%). Longer labels are matched first, so "前期决策得分率" is not read as
 * "前期决策得分". Text inside placeholders is not looked at.
 */
export function typedFigureProblems(
  texts: readonly { anchor: string; text: string }[],
  placeholders: readonly PlaceholderValue[],
): GateProblem[] {
  const labelled = placeholders
    .filter((entry) => entry.numeric !== null && entry.label.length >= 2)
    .sort((a, b) => b.label.length - a.label.length);
  const found: GateProblem[] = [];
  for (const { anchor, text } of texts) {
    const plain = text.replace(PLACEHOLDER_PATTERN, (token) => '\u0000'.repeat(token.length));
    const taken: boolean[] = Array.from({ length: plain.length }, () => false);
    for (const entry of labelled) {
      for (let at = plain.indexOf(entry.label); at >= 0; at = plain.indexOf(entry.label, at + 1)) {
        const end = at + entry.label.length;
        if (taken.slice(at, end).some(Boolean)) continue;
        for (let i = at; i < end; i += 1) taken[i] = true;
        const window = plain.slice(end, end + WINDOW).split(STOP)[0] ?? '';
        const number = NUMBER.exec(window);
        if (number === null || window.slice(0, number.index).includes('\u0000')) continue;
        if (!agrees(number[0], entry.numeric ?? '0')) {
          found.push(
            problem(
              conclusive(entry.key) ? 'blocking' : 'warning',
              'report.gate.typed_figure_differs',
              anchor,
              {
                label: entry.label,
                typed: number[0],
                value: entry.value,
              },
            ),
          );
        }
      }
    }
  }
  return found;
}

/**
 * The consistency gate (一致性检查): before a version leaves the firm, the report must agree with the
 * scores recomputed from the tree, explain every deduction, list every override, resolve every
 * placeholder; typed figures that differ from the data are warned about. Blocking problems first.
 */
export function reportGate(model: ReportModel, recomputed: EvaluationResult): GateProblem[] {
  const found = [
    ...scoreProblems(model, recomputed),
    ...deductionProblems(model),
    ...placeholderProblems(model),
    ...typedFigureProblems(narrativeTexts(model), model.placeholders),
  ];
  return [
    ...found.filter((entry) => entry.severity === 'blocking'),
    ...found.filter((entry) => entry.severity === 'warning'),
  ];
}

/** Whether the gate lets the version leave the firm. */
export function gatePasses(problems: readonly GateProblem[]): boolean {
  return problems.every((entry) => entry.severity !== 'blocking');
}
