import { D, dec, isDecimalString, roundScore } from './decimal';
import type { Dec } from './decimal';
import type { FrameworkProblem } from './evaluation.model';
import type { Framework, IndicatorNode, MeasureExpression } from './framework.model';
import { figuresOf } from './measures';
import { error, warning } from './problems';
import { validateRule } from './validate-rule';

/** Indicator trees are levels 1–3 plus level-4 scoring points; deeper is allowed but flagged. */
export const MAX_LEVEL = 4;

/** Level of scoring points (评分要点): the children of a level-3 indicator. */
export const SCORING_POINT_LEVEL = 4;

/**
 * Checks a well-formed framework. Weight sums use EXACT decimal equality (no tolerance): "24.99"
 * under a parent of "25" is an error, and 0.1 + 0.1 + 0.1 equals 0.3.
 */
export function validateFramework(framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const measureKeys = validateMeasures(framework, problems);
  const seen = new Set<string>();
  const walk = (node: IndicatorNode, level: number): Dec => {
    if (seen.has(node.id)) problems.push(error('ids.duplicate', node.id, `指标编号“${node.id}”重复`));
    seen.add(node.id);
    if (level > MAX_LEVEL)
      problems.push(warning('level.too_deep', node.id, `指标层级 ${level} 超过 ${MAX_LEVEL} 级`));
    const weight = weightOf(node, problems);
    const children = node.children ?? [];
    if (children.length > 0) {
      if (node.rule !== undefined) {
        problems.push(
          warning('rule.on_parent', node.id, '有下级指标的指标按下级得分合计，其评分规则不被使用'),
        );
      }
      const sum = children.reduce((acc, child) => acc.plus(walk(child, level + 1)), new D(0));
      if (!sum.equals(weight)) {
        // Indicators (levels 1–3) must add up exactly. Scoring points (评分要点, level 4 and below)
        // that do not add up to their indicator's weight are a defect real reports have: it is
        // reported, and the indicator's score is capped at its weight.
        const scoringPoints = level + 1 >= SCORING_POINT_LEVEL;
        problems.push(
          (scoringPoints ? warning : error)(
            scoringPoints ? 'weights.points_sum' : 'weights.children_sum',
            node.id,
            scoringPoints
              ? `评分要点分值合计 ${roundScore(sum)}，不等于指标权重 ${roundScore(weight)}（得分以权重为上限）`
              : `子指标权重合计 ${roundScore(sum)}，不等于上级权重 ${roundScore(weight)}`,
          ),
        );
      }
      return weight;
    }
    if (node.rule === undefined) {
      problems.push(warning('rule.missing', node.id, '未设评分规则，只能人工评分'));
    } else {
      if (node.rule.kind === 'veto' && level === 1) {
        problems.push(error('veto.no_parent', node.id, '否决项必须位于某一指标之下'));
      }
      problems.push(...validateRule(node, node.rule, weight, measureKeys));
    }
    return weight;
  };
  const total = framework.indicators.reduce((acc, node) => acc.plus(walk(node, 1)), new D(0));
  if (framework.indicators.length === 0)
    problems.push(error('indicators.empty', null, '指标体系没有任何指标'));
  if (!isDecimalString(framework.totalWeight)) {
    problems.push(error('decimal.invalid', null, `总权重“${framework.totalWeight}”不是有效的十进制数`));
  } else if (!total.equals(dec(framework.totalWeight))) {
    problems.push(
      error(
        'weights.total',
        null,
        `一级指标权重合计 ${roundScore(total)}，不等于总权重 ${roundScore(framework.totalWeight)}`,
      ),
    );
  }
  problems.push(...validateGradeScale(framework));
  return problems;
}

function weightOf(node: IndicatorNode, problems: FrameworkProblem[]): Dec {
  if (!isDecimalString(node.weight)) {
    problems.push(error('decimal.invalid', node.id, `权重“${node.weight}”不是有效的十进制数`));
    return new D(0);
  }
  const weight = dec(node.weight);
  if (weight.lessThan(0)) problems.push(error('weights.negative', node.id, `权重 ${node.weight} 不能为负数`));
  return weight;
}

function validateMeasures(framework: Framework, problems: FrameworkProblem[]): Set<string> {
  const keys = new Set<string>();
  for (const measure of framework.measures) {
    if (keys.has(measure.key))
      problems.push(error('measure.duplicate', null, `测算指标“${measure.key}”重复`));
    keys.add(measure.key);
    if (!wellFormed(measure.formula)) {
      problems.push(error('measure.bad_formula', null, `测算指标“${measure.name}”的公式运算缺少参数`));
    }
    if (figuresOf(measure.formula).length === 0) {
      problems.push(warning('measure.no_figures', null, `测算指标“${measure.name}”不引用任何数据`));
    }
  }
  return keys;
}

/** add/mul need one argument, sub/div two. */
function wellFormed(expression: MeasureExpression): boolean {
  if (!('op' in expression)) return true;
  const needed = expression.op === 'add' || expression.op === 'mul' ? 1 : 2;
  return expression.args.length >= needed && expression.args.every(wellFormed);
}

function validateGradeScale(framework: Framework): FrameworkProblem[] {
  const grades = framework.gradeScale.grades;
  if (grades.length === 0) return [error('grades.empty', null, '评价等级未设任何等级')];
  const problems: FrameworkProblem[] = [];
  let previous: Dec | null = null;
  for (const grade of grades) {
    if (!isDecimalString(grade.minScore)) {
      problems.push(
        error('decimal.invalid', null, `等级“${grade.label}”的下限“${grade.minScore}”不是有效的十进制数`),
      );
      continue;
    }
    const min = dec(grade.minScore);
    if (previous !== null && !min.lessThan(previous)) {
      problems.push(
        error('grades.order', null, `等级“${grade.label}”的下限 ${grade.minScore} 应低于上一等级`),
      );
    }
    previous = min;
  }
  return problems;
}
