import { bandIsEmpty, bandJoins, bandMessage } from './bands';
import { dec, isDecimalString, roundScore } from './decimal';
import type { Dec } from './decimal';
import type { FrameworkProblem } from './evaluation.model';
import type { Band, DecimalString, IndicatorNode, ScoringRule, ValueSource } from './framework.model';
import { error, warning } from './problems';
import { decimalField, pointsWithinWeight } from './validate-clauses';
import { msg } from '../messages/render';

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
      problems.push(error('measure.unknown', node.id, { key: source.measure }));
    }
  }
  if ('onZeroDenominator' in rule && rule.onZeroDenominator !== undefined) {
    const field = msg('field.zero_denominator_points');
    for (const points of [rule.onZeroDenominator.nonzero, rule.onZeroDenominator.zero]) {
      if (points !== undefined) {
        pointsWithinWeight(decimalField(points, field, node.id, problems), weight, field, node, problems);
      }
    }
  }
  switch (rule.kind) {
    case 'linear':
      if (rule.zeroAt === rule.fullAt)
        problems.push(error('linear.equal_anchors', node.id, { value: rule.fullAt }));
      break;
    case 'bands':
      validateBands(node, rule.bands, weight, problems);
      break;
    case 'deductions':
      decimalField(rule.perFinding, msg('field.per_finding'), node.id, problems);
      if (rule.maxDeduction !== undefined) {
        decimalField(rule.maxDeduction, msg('field.max_deduction'), node.id, problems);
      }
      break;
    case 'step':
      decimalField(rule.perStep, msg('field.per_step'), node.id, problems);
      if (rule.maxDeduction !== undefined) {
        decimalField(rule.maxDeduction, msg('field.max_deduction'), node.id, problems);
      }
      if (!(rule.step > 0)) problems.push(error('step.step_not_positive', node.id, { step: rule.step }));
      break;
    case 'levels':
      validateLevels(node, rule.levels, problems);
      break;
    case 'yes_no':
      for (const [points, field] of [
        [rule.yesPoints, msg('field.yes_points')],
        [rule.noPoints, msg('field.no_points')],
      ] as const) {
        if (points !== undefined) {
          pointsWithinWeight(decimalField(points, field, node.id, problems), weight, field, node, problems);
        }
      }
      break;
    case 'ratio':
      if (rule.target === 0) problems.push(error('ratio.target_zero', node.id));
      break;
    case 'proportional':
      if (rule.of === 0) problems.push(warning('proportional.of_zero', node.id));
      break;
    case 'veto':
      if (!weight.isZero())
        problems.push(error('veto.weight_nonzero', node.id, { weight: roundScore(weight) }));
      break;
    case 'threshold':
      if (rule.comparator === 'between' && (rule.upper === undefined || rule.upper < rule.value)) {
        problems.push(error('threshold.range_empty', node.id, { min: rule.value, max: rule.upper ?? '—' }));
      }
      break;
    case 'judgement':
      break;
  }
  return problems;
}

function validateBands(node: IndicatorNode, bands: Band[], weight: Dec, problems: FrameworkProblem[]): void {
  if (bands.length === 0) problems.push(error('bands.empty', node.id));
  bands.forEach((band, index) => {
    const field = msg('field.band_points', { n: index + 1 });
    pointsWithinWeight(decimalField(band.points, field, node.id, problems), weight, field, node, problems);
    if (bandIsEmpty(band)) {
      problems.push(error('bands.empty_band', node.id, { n: index + 1, band: bandMessage(band, 'number') }));
    }
  });
  for (const join of bandJoins(bands)) {
    const first = bands[join.first];
    const second = bands[join.second];
    if (first === undefined || second === undefined) continue;
    const params = {
      first: join.first + 1,
      firstBand: bandMessage(first, 'number'),
      second: join.second + 1,
      secondBand: bandMessage(second, 'number'),
    };
    problems.push(
      join.kind === 'gap' ? warning('bands.gap', node.id, params) : error('bands.overlap', node.id, params),
    );
  }
}

function validateLevels(
  node: IndicatorNode,
  levels: { key: string; label: string; rate: DecimalString }[],
  problems: FrameworkProblem[],
): void {
  if (levels.length === 0) problems.push(error('levels.empty', node.id));
  const seen = new Set<string>();
  for (const level of levels) {
    if (seen.has(level.key)) problems.push(error('levels.duplicate_key', node.id, { key: level.key }));
    seen.add(level.key);
    // Users read a level by its label (达成目标), not its code (as_required).
    const name = level.label.trim() === '' ? level.key : level.label;
    const rate = decimalField(level.rate, msg('field.level_rate', { key: name }), node.id, problems);
    if (rate !== null && rate.greaterThan(1)) {
      problems.push(error('levels.rate_out_of_range', node.id, { key: name, rate: level.rate }));
    }
  }
}

/**
 * The problems of one rule on a node, measures not checked: for a form that shows a parameter's
 * problem next to it by validating a rule that states only that parameter.
 */
export function ruleProblems(node: IndicatorNode, rule: ScoringRule): FrameworkProblem[] {
  const weight = isDecimalString(node.weight) ? dec(node.weight) : dec('0');
  return validateRule(node, rule, weight, new Set()).filter((problem) => problem.code !== 'measure.unknown');
}
