import { clamp, dec, roundScore } from '../decimal';
import type { Dec } from '../decimal';
import type { ScoringRule } from '../framework.model';
import { msg } from '../../messages/render';
import type { VetoOutcome } from './veto.rule';

/**
 * A rule's stated verdict for a zero denominator ("控制率大于1的得0分" with no budget but spending):
 * replaces an outcome left unscored by x / 0 (`nonzero`) or 0 / 0 (`zero`) with the stated points.
 */
export function applyZeroDenominatorVerdict(
  rule: ScoringRule,
  weight: Dec,
  outcome: VetoOutcome,
): VetoOutcome {
  if (outcome.score !== null || outcome.unscored.kind !== 'zero_denominator') return outcome;
  const verdict = 'onZeroDenominator' in rule ? rule.onZeroDenominator : undefined;
  if (verdict === undefined) return outcome;
  const zero = outcome.unscored.numeratorZero === true;
  const points = zero ? verdict.zero : verdict.nonzero;
  if (points === undefined) return outcome;
  const score = clamp(dec(points), weight);
  return {
    score,
    fired: false,
    explanation: msg('zero_denominator.verdict', {
      detail: outcome.explanation,
      case: msg(zero ? 'zero_denominator.case_zero' : 'zero_denominator.case_nonzero'),
      score: roundScore(score),
    }),
  };
}
