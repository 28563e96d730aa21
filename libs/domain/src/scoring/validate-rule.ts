import { bandIsEmpty, bandJoins, bandLabel } from './bands';
import { dec, isDecimalString, roundScore } from './decimal';
import type { Dec } from './decimal';
import type { FrameworkProblem } from './evaluation.model';
import type { Band, DecimalString, IndicatorNode, ScoringRule, ValueSource } from './framework.model';
import { error, warning } from './problems';

/** Checks one decimal field of a rule; returns it when valid. */
function decimalField(
  value: DecimalString,
  field: string,
  nodeId: string,
  problems: FrameworkProblem[],
): Dec | null {
  if (!isDecimalString(value)) {
    problems.push(error('decimal.invalid', nodeId, `${field}“${value}”不是有效的十进制数`));
    return null;
  }
  const parsed = dec(value);
  if (parsed.lessThan(0)) problems.push(error('decimal.negative', nodeId, `${field} ${value} 不能为负数`));
  return parsed;
}

/** Where a rule reads its values from (its source, and a target or total given as a source). */
export function ruleSources(rule: ScoringRule): ValueSource[] {
  switch (rule.kind) {
    case 'linear':
    case 'bands':
    case 'deductions':
    case 'step':
    case 'threshold':
      return [rule.source];
    case 'ratio':
      return typeof rule.target === 'number' ? [rule.source] : [rule.source, rule.target];
    case 'proportional':
      return typeof rule.of === 'number' ? [rule.source] : [rule.source, rule.of];
    case 'levels':
    case 'yes_no':
    case 'veto':
    case 'judgement':
      return [];
  }
}

function pointsWithinWeight(
  points: Dec | null,
  weight: Dec,
  what: string,
  node: IndicatorNode,
  problems: FrameworkProblem[],
): void {
  if (points !== null && points.greaterThan(weight)) {
    problems.push(
      error(
        'rule.points_exceed_weight',
        node.id,
        `${what} ${roundScore(points)} 分超过指标权重 ${roundScore(weight)} 分`,
      ),
    );
  }
}

/** Rule-specific checks of one leaf; `measureKeys` are the measures the framework defines. */
export function validateRule(
  node: IndicatorNode,
  rule: ScoringRule,
  weight: Dec,
  measureKeys: ReadonlySet<string>,
): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  for (const source of ruleSources(rule)) {
    if ('measure' in source && !measureKeys.has(source.measure)) {
      problems.push(error('measure.unknown', node.id, `引用了未定义的测算指标“${source.measure}”`));
    }
  }
  switch (rule.kind) {
    case 'linear':
      if (rule.zeroAt === rule.fullAt) {
        problems.push(error('linear.equal_anchors', node.id, `满分值与零分值相同（${rule.fullAt}）`));
      }
      break;
    case 'bands':
      validateBands(node, rule.bands, weight, problems);
      break;
    case 'deductions':
      decimalField(rule.perFinding, '每项扣分', node.id, problems);
      if (rule.maxDeduction !== undefined) decimalField(rule.maxDeduction, '最多扣分', node.id, problems);
      break;
    case 'step':
      decimalField(rule.perStep, '每档扣分', node.id, problems);
      if (rule.maxDeduction !== undefined) decimalField(rule.maxDeduction, '最多扣分', node.id, problems);
      if (!(rule.step > 0))
        problems.push(error('step.step_not_positive', node.id, `每档大小 ${rule.step} 必须大于 0`));
      break;
    case 'levels':
      validateLevels(node, rule.levels, problems);
      break;
    case 'yes_no':
      if (rule.yesPoints !== undefined) {
        pointsWithinWeight(
          decimalField(rule.yesPoints, '“是”得分', node.id, problems),
          weight,
          '“是”得分',
          node,
          problems,
        );
      }
      if (rule.noPoints !== undefined) {
        pointsWithinWeight(
          decimalField(rule.noPoints, '“否”得分', node.id, problems),
          weight,
          '“否”得分',
          node,
          problems,
        );
      }
      break;
    case 'ratio':
      if (rule.target === 0) problems.push(error('ratio.target_zero', node.id, '目标值为 0，无法计算比率'));
      break;
    case 'proportional':
      if (rule.of === 0) problems.push(warning('proportional.of_zero', node.id, '总数为 0，无法按比例计分'));
      break;
    case 'veto':
      if (!weight.isZero()) {
        problems.push(
          error('veto.weight_nonzero', node.id, `否决项的权重应为 0，实为 ${roundScore(weight)}`),
        );
      }
      break;
    case 'threshold':
    case 'judgement':
      break;
  }
  return problems;
}

function validateBands(node: IndicatorNode, bands: Band[], weight: Dec, problems: FrameworkProblem[]): void {
  if (bands.length === 0) problems.push(error('bands.empty', node.id, '未设任何档次'));
  bands.forEach((band, index) => {
    pointsWithinWeight(
      decimalField(band.points, `第 ${index + 1} 档得分`, node.id, problems),
      weight,
      `第 ${index + 1} 档得分`,
      node,
      problems,
    );
    if (bandIsEmpty(band)) {
      problems.push(
        error('bands.empty_band', node.id, `第 ${index + 1} 档“${bandLabel(band, 'number')}”不含任何取值`),
      );
    }
  });
  for (const join of bandJoins(bands)) {
    const first = bands[join.first];
    const second = bands[join.second];
    if (first === undefined || second === undefined) continue;
    const between = `第 ${join.first + 1} 档“${bandLabel(first, 'number')}”与第 ${join.second + 1} 档“${bandLabel(second, 'number')}”`;
    problems.push(
      join.kind === 'gap'
        ? warning('bands.gap', node.id, `${between}之间有空档，落在其中的值无法计分`)
        : error('bands.overlap', node.id, `${between}重叠`),
    );
  }
}

function validateLevels(
  node: IndicatorNode,
  levels: { key: string; rate: DecimalString }[],
  problems: FrameworkProblem[],
): void {
  if (levels.length === 0) problems.push(error('levels.empty', node.id, '未设任何等级'));
  const seen = new Set<string>();
  for (const level of levels) {
    if (seen.has(level.key)) problems.push(error('levels.duplicate_key', node.id, `等级“${level.key}”重复`));
    seen.add(level.key);
    const rate = decimalField(level.rate, `等级“${level.key}”得分比例`, node.id, problems);
    if (rate !== null && rate.greaterThan(1)) {
      problems.push(
        error('levels.rate_out_of_range', node.id, `等级“${level.key}”得分比例 ${level.rate} 超过 1`),
      );
    }
  }
}
