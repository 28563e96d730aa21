import { D, isDecimalString } from './decimal';
import type { Dec } from './decimal';
import type { MeasureDefinition, MeasureExpression } from './framework.model';
import type { Figures, MeasureResult } from './evaluation.model';
import { formatNumber, formatValue } from './format';
import { msg, renderMessage } from '../messages/render';
import { figureName } from './figures';

const OPERATOR: Record<'add' | 'sub' | 'mul' | 'div', string> = { add: '+', sub: '−', mul: '×', div: '/' };

/** Figure keys a formula reads, in order of appearance, without repeats. */
export function figuresOf(expression: MeasureExpression, into: string[] = []): string[] {
  if ('figure' in expression) {
    if (!into.includes(expression.figure)) into.push(expression.figure);
  } else if ('op' in expression) {
    for (const arg of expression.args) figuresOf(arg, into);
  }
  return into;
}

/** A figure as an exact decimal: a finite number or a decimal string; anything else is not supplied. */
export function figureValue(figures: Figures, key: string): Dec | undefined {
  const value: unknown = figures[key];
  if (typeof value === 'number') return Number.isFinite(value) ? new D(value) : undefined;
  return isDecimalString(value) ? new D(value) : undefined;
}

/** The formula with the figures put in: "(4184.69 − 3592.06) / 3592.06". */
export function formulaText(expression: MeasureExpression, figures: Figures, nested = false): string {
  if ('figure' in expression) {
    const value = figureValue(figures, expression.figure);
    return value === undefined ? expression.figure : formatNumber(value);
  }
  if ('constant' in expression) return formatNumber(expression.constant);
  const text = expression.args
    .map((arg) => formulaText(arg, figures, true))
    .join(` ${OPERATOR[expression.op]} `);
  return nested && expression.args.length > 1 ? `(${text})` : text;
}

class ZeroDenominator extends Error {
  constructor(readonly numeratorZero: boolean) {
    super('zero denominator');
  }
}

function compute(expression: MeasureExpression, figures: Figures): Dec {
  if ('figure' in expression) return figureValue(figures, expression.figure) ?? new D(0);
  if ('constant' in expression) return new D(expression.constant);
  const [first, ...rest] = expression.args.map((arg) => compute(arg, figures));
  if (first === undefined) return new D(0);
  return rest.reduce((acc, value) => {
    switch (expression.op) {
      case 'add':
        return acc.plus(value);
      case 'sub':
        return acc.minus(value);
      case 'mul':
        return acc.times(value);
      case 'div':
        if (value.isZero()) throw new ZeroDenominator(acc.isZero());
        return acc.div(value);
    }
  }, first);
}

/** Computes one measure; a measure that cannot be computed says why. */
export function computeMeasure(measure: MeasureDefinition, figures: Figures): MeasureResult {
  const base = { key: measure.key, name: measure.name };
  const missing = figuresOf(measure.formula).filter((key) => figureValue(figures, key) === undefined);
  if (missing.length > 0) {
    const detail = msg('measure.missing_figures', { name: measure.name, figures: missing.map(figureName) });
    return {
      ...base,
      value: null,
      unscored: { kind: 'missing_figure', figures: missing },
      explanation: renderMessage(detail),
      detail,
    };
  }
  const formula = formulaText(measure.formula, figures);
  try {
    const value = compute(measure.formula, figures);
    const detail = msg('measure.computed', {
      name: measure.name,
      formula,
      value: formatValue(value, measure.unit),
    });
    return { ...base, value: value.toNumber(), unscored: null, explanation: renderMessage(detail), detail };
  } catch (error) {
    if (!(error instanceof ZeroDenominator)) throw error;
    const detail = msg('measure.zero_denominator', { name: measure.name, formula });
    return {
      ...base,
      value: null,
      unscored: { kind: 'zero_denominator', measure: measure.key, numeratorZero: error.numeratorZero },
      explanation: renderMessage(detail),
      detail,
    };
  }
}

/** Computes every measure from the figures, in the order defined. */
export function computeMeasures(measures: MeasureDefinition[], figures: Figures): MeasureResult[] {
  return measures.map((measure) => computeMeasure(measure, figures));
}
