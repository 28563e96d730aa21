import type { Message, RuleKind, ScoringRule, ValueSource, ZeroDenominatorVerdict } from '@jixiao/domain';
import { INDICATOR_COLUMNS } from '../sheet-layout';
import { parseBands } from './bands-text';
import { all, KeyedParams } from './keyed-params';
import { parseLevels } from './levels-text';
import { parseOperand } from './operand-text';
import { fail, ok, type Parsed } from './parsed';
import { PARAM, RATIO_DIRECTIONS, STEP_DIRECTIONS, STEP_ROUNDINGS } from './rule-params';
import { parseThreshold } from './threshold-text';
import { parseSource } from './value-source-text';
import { extractZeroDenominator } from './zero-denominator-text';

export interface CellProblem {
  column: string;
  message: Message;
}

const WITH_SOURCE = new Set<RuleKind>([
  'linear',
  'bands',
  'deductions',
  'step',
  'threshold',
  'ratio',
  'proportional',
]);

function readSource(kind: RuleKind, text: string): Parsed<ValueSource | null> {
  if (!WITH_SOURCE.has(kind)) {
    return text === '' ? ok(null) : fail('param.source_not_used', { text });
  }
  if (text === '') return fail('param.source_required');
  const source = parseSource(text);
  return source === null ? fail('param.source_invalid', { text }) : ok(source);
}

function keyed<T>(
  text: string,
  required: readonly string[],
  optional: readonly string[],
  build: (params: KeyedParams) => Parsed<T>,
): Parsed<T> {
  const params = KeyedParams.parse(text, required, optional);
  return params.ok ? build(params.value) : params;
}

/** Reads the parameters of a rule of `kind` with its (already read) source. */
function readParams(kind: RuleKind, source: ValueSource, text: string): Parsed<ScoringRule> {
  switch (kind) {
    case 'linear':
      return keyed(text, [PARAM.zeroAt, PARAM.fullAt], [], (p) => {
        const values = all(p.number(PARAM.zeroAt), p.number(PARAM.fullAt));
        return values.ok ? ok({ kind, source, zeroAt: values.value[0], fullAt: values.value[1] }) : values;
      });
    case 'bands': {
      const bands = parseBands(text);
      return bands.ok ? ok({ kind, source, bands: bands.value }) : bands;
    }
    case 'deductions':
      return keyed(text, [PARAM.perFinding], [PARAM.maxDeduction], (p) => {
        const values = all(p.decimal(PARAM.perFinding), p.optionalDecimal(PARAM.maxDeduction));
        if (!values.ok) return values;
        const [perFinding, maxDeduction] = values.value;
        return ok(
          maxDeduction === undefined
            ? { kind, source, perFinding }
            : { kind, source, perFinding, maxDeduction },
        );
      });
    case 'step':
      return keyed(
        text,
        [PARAM.threshold, PARAM.direction, PARAM.step, PARAM.perStep, PARAM.rounding],
        [PARAM.maxDeduction],
        (p) => {
          const values = all(
            p.number(PARAM.threshold),
            p.choice(PARAM.direction, STEP_DIRECTIONS),
            p.number(PARAM.step),
            p.decimal(PARAM.perStep),
            p.choice(PARAM.rounding, STEP_ROUNDINGS),
            p.optionalDecimal(PARAM.maxDeduction),
          );
          if (!values.ok) return values;
          const [threshold, direction, step, perStep, rounding, maxDeduction] = values.value;
          const rule = { kind, source, threshold, direction, step, perStep, rounding } as const;
          return ok(maxDeduction === undefined ? rule : { ...rule, maxDeduction });
        },
      );
    case 'threshold': {
      const threshold = parseThreshold(text);
      return threshold.ok ? ok({ kind, source, ...threshold.value }) : threshold;
    }
    case 'ratio':
      return keyed(text, [PARAM.target, PARAM.direction], [], (p) => {
        const values = all(
          parseOperand(p.text(PARAM.target), PARAM.target),
          p.choice(PARAM.direction, RATIO_DIRECTIONS),
        );
        return values.ok ? ok({ kind, source, target: values.value[0], direction: values.value[1] }) : values;
      });
    case 'proportional':
      return keyed(text, [PARAM.of], [], (p) => {
        const of = parseOperand(p.text(PARAM.of), PARAM.of);
        return of.ok ? ok({ kind, source, of: of.value }) : of;
      });
    case 'levels':
    case 'yes_no':
    case 'veto':
    case 'judgement':
      return fail('param.kind_has_no_source', { kind });
  }
}

/** Rules that take no source: levels, yes/no, veto and judgement. */
function readSourceless(kind: RuleKind, text: string): Parsed<ScoringRule> {
  switch (kind) {
    case 'levels': {
      const levels = parseLevels(text);
      return levels.ok ? ok({ kind, levels: levels.value }) : levels;
    }
    case 'yes_no':
      return keyed(text, [], [PARAM.yes, PARAM.no], (p) => {
        const values = all(p.optionalDecimal(PARAM.yes), p.optionalDecimal(PARAM.no));
        if (!values.ok) return values;
        const [yesPoints, noPoints] = values.value;
        return ok({
          kind,
          ...(yesPoints === undefined ? {} : { yesPoints }),
          ...(noPoints === undefined ? {} : { noPoints }),
        });
      });
    case 'veto':
    case 'judgement':
      return text === '' ? ok({ kind }) : fail('param.no_params', { text });
    case 'linear':
    case 'bands':
    case 'deductions':
    case 'step':
    case 'threshold':
    case 'ratio':
    case 'proportional':
      return fail('param.kind_needs_source', { kind });
  }
}

/** Reads 数据来源 and 规则参数 of a leaf whose 规则类型 is `kind`; problems name the column at fault. */
export function parseRuleCells(
  kind: RuleKind,
  sourceText: string,
  paramsText: string,
): { ok: true; rule: ScoringRule } | { ok: false; problems: CellProblem[] } {
  const source = readSource(kind, sourceText);
  const problems: CellProblem[] = source.ok
    ? []
    : [{ column: INDICATOR_COLUMNS.source, message: source.message }];
  const extracted: Parsed<{ rest: string; verdict?: ZeroDenominatorVerdict }> = WITH_SOURCE.has(kind)
    ? extractZeroDenominator(paramsText)
    : ok({ rest: paramsText });
  if (!extracted.ok)
    return {
      ok: false,
      problems: [...problems, { column: INDICATOR_COLUMNS.params, message: extracted.message }],
    };
  const { rest, verdict } = extracted.value;
  // Without a readable source the parameters are still checked (with a stand-in), so both cells are reported.
  const read = source.ok ? source.value : WITH_SOURCE.has(kind) ? { observed: true as const } : null;
  const rule = read === null ? readSourceless(kind, rest) : readParams(kind, read, rest);
  if (!rule.ok) problems.push({ column: INDICATOR_COLUMNS.params, message: rule.message });
  if (!rule.ok || problems.length > 0) return { ok: false, problems };
  const value = rule.value;
  return {
    ok: true,
    rule: verdict === undefined || !('source' in value) ? value : { ...value, onZeroDenominator: verdict },
  };
}
