import { dec, roundRate, roundScore } from '../decimal';
import type { LevelsRule } from '../framework.model';
import { formatPercent } from '../format';
import { msg } from '../../messages/render';
import type { RuleContext, RuleOutcome } from './rule-context';
import { notApplicable, scored, unscored } from './rule-context';

/** Graded levels: the observed level key selects a rate of the weight. */
export function applyLevels(rule: LevelsRule, context: RuleContext): RuleOutcome {
  const observed = context.observed;
  if (observed === undefined) return unscored({ kind: 'missing_observation' }, msg('levels.missing'));
  const key = String(observed);
  const level = rule.levels.find((candidate) => candidate.key === key);
  if (level === undefined) return notApplicable(msg('levels.unknown', { key }));
  const rate = dec(level.rate);
  const score = rate.times(context.weight);
  return scored(
    score,
    context.weight,
    msg('levels.applied', {
      label: level.label,
      percent: formatPercent(rate),
      weight: roundScore(context.weight),
      rate: roundRate(rate),
      score: roundScore(score),
    }),
  );
}
