import { D, dec, isDecimalString, roundScore } from './decimal';
import type { Dec } from './decimal';
import type { FrameworkProblem } from './evaluation.model';
import type { Framework, IndicatorNode, MeasureDefinition, MeasureExpression } from './framework.model';
import { figuresOf } from './measures';
import { error, warning } from './problems';
import { decimalField, validateClauses } from './validate-clauses';
import { validateRule } from './validate-rule';
import { msg } from '../messages/render';

/** Level of scoring points (评分要点): the children of a level-3 indicator. */
export const SCORING_POINT_LEVEL = 4;

/** The longest framework (template) name, in characters; the database refuses longer ones. */
export const FRAMEWORK_NAME_MAX = 200;

/**
 * Checks a well-formed framework. Weight sums use EXACT decimal equality (no tolerance): "24.99"
 * under a parent of "25" is an error, and 0.1 + 0.1 + 0.1 equals 0.3. Trees may be as deep as the
 * framework needs (multi-part scoring points); parsing untrusted JSON bounds the depth.
 */
export function validateFramework(framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [...validateNames(framework)];
  const measureKeys = validateMeasures(framework, problems);
  const seen = new Set<string>();
  const walk = (node: IndicatorNode, level: number): Dec => {
    if (seen.has(node.id)) problems.push(error('ids.duplicate', node.id, { id: node.id }));
    seen.add(node.id);
    if (node.id.includes('#')) problems.push(error('ids.reserved_character', node.id, { id: node.id }));
    if (node.name.trim() === '') problems.push(error('indicator.name_empty', node.id));
    const weight = weightOf(node, problems);
    validateClauses(node, weight, problems);
    const children = node.children ?? [];
    if (children.length > 0) {
      if (node.rule !== undefined) problems.push(warning('rule.on_parent', node.id));
      const sum = children.reduce((acc, child) => acc.plus(walk(child, level + 1)), new D(0));
      if (!sum.equals(weight)) {
        // Indicators (levels 1–3) must add up exactly. Scoring points (评分要点, level 4 and below)
        // that do not add up to their indicator's weight are a defect real reports have: it is
        // reported, and the indicator's score is capped at its weight.
        const scoringPoints = level + 1 >= SCORING_POINT_LEVEL;
        const params = { sum: roundScore(sum), weight: roundScore(weight) };
        problems.push(
          scoringPoints
            ? warning('weights.points_sum', node.id, params)
            : error('weights.children_sum', node.id, params),
        );
      }
      return weight;
    }
    if (node.rule === undefined) {
      problems.push(warning('rule.missing', node.id));
    } else {
      if (node.rule.kind === 'veto' && level === 1) problems.push(error('veto.no_parent', node.id));
      problems.push(...validateRule(node, node.rule, weight, measureKeys));
    }
    return weight;
  };
  const total = framework.indicators.reduce((acc, node) => acc.plus(walk(node, 1)), new D(0));
  if (framework.indicators.length === 0) problems.push(error('indicators.empty', null));
  if (!isDecimalString(framework.totalWeight)) {
    problems.push(
      error('decimal.invalid', null, { field: msg('field.total_weight'), value: framework.totalWeight }),
    );
  } else if (!total.equals(dec(framework.totalWeight))) {
    problems.push(
      error('weights.total', null, { sum: roundScore(total), total: roundScore(framework.totalWeight) }),
    );
  }
  problems.push(...validateGradeScale(framework));
  return problems;
}

/** The name and code must not be empty; the name fits the library (what the database enforces). */
function validateNames(framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const length = [...framework.name.trim()].length;
  if (length === 0) problems.push(error('framework.name_empty', null));
  else if ([...framework.name].length > FRAMEWORK_NAME_MAX) {
    problems.push(
      error('framework.name_too_long', null, { max: FRAMEWORK_NAME_MAX, length: [...framework.name].length }),
    );
  }
  if (framework.key.trim() === '') problems.push(error('framework.key_empty', null));
  return problems;
}

function weightOf(node: IndicatorNode, problems: FrameworkProblem[]): Dec {
  if (!isDecimalString(node.weight)) {
    problems.push(error('decimal.invalid', node.id, { field: msg('field.weight'), value: node.weight }));
    return new D(0);
  }
  const weight = dec(node.weight);
  if (weight.lessThan(0)) problems.push(error('weights.negative', node.id, { value: node.weight }));
  return weight;
}

function validateMeasures(framework: Framework, problems: FrameworkProblem[]): Set<string> {
  const keys = new Set<string>();
  for (const measure of framework.measures) {
    if (keys.has(measure.key)) problems.push(error('measure.duplicate', null, { key: measure.key }));
    keys.add(measure.key);
    if (!wellFormed(measure.formula))
      problems.push(error('measure.bad_formula', null, { name: measure.name }));
    if (figuresOf(measure.formula).length === 0) {
      problems.push(warning('measure.no_figures', null, { name: measure.name }));
    }
    if (ratePrintedAsPercent(measure))
      problems.push(warning('measure.rate_times_100', null, { name: measure.name }));
  }
  return keys;
}

/** A rate whose formula multiplies by 100 ("… / … * 100", as reports print formulas). */
function ratePrintedAsPercent(measure: MeasureDefinition): boolean {
  if (measure.unit !== 'rate') return false;
  const hundred = (expression: MeasureExpression): boolean => {
    if (!('op' in expression)) return false;
    if (expression.op === 'mul' && expression.args.some((arg) => 'constant' in arg && arg.constant === 100)) {
      return true;
    }
    return expression.args.some(hundred);
  };
  return hundred(measure.formula);
}

/** add/mul need one argument, sub/div two. */
function wellFormed(expression: MeasureExpression): boolean {
  if (!('op' in expression)) return true;
  const needed = expression.op === 'add' || expression.op === 'mul' ? 1 : 2;
  return expression.args.length >= needed && expression.args.every(wellFormed);
}

function validateGradeScale(framework: Framework): FrameworkProblem[] {
  const grades = framework.gradeScale.grades;
  if (grades.length === 0) return [error('grades.empty', null)];
  const problems: FrameworkProblem[] = [];
  let previous: Dec | null = null;
  for (const grade of grades) {
    const min = decimalField(
      grade.minScore,
      msg('field.grade_min', { label: grade.label }),
      null,
      problems,
      false,
    );
    if (min === null) continue;
    if (previous !== null && !min.lessThan(previous)) {
      problems.push(error('grades.order', null, { label: grade.label, min: grade.minScore }));
    }
    previous = min;
  }
  return problems;
}
