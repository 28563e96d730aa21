import { dec, roundRate, roundScore } from '../decimal';
import type { LevelsRule } from '../framework.model';
import { formatPercent } from '../format';
import type { RuleContext, RuleOutcome } from './rule-context';
import { notApplicable, scored, unscored } from './rule-context';

/** Graded levels: the observed level key selects a rate of the weight. */
export function applyLevels(rule: LevelsRule, context: RuleContext): RuleOutcome {
  const observed = context.observed;
  if (observed === undefined) return unscored({ kind: 'missing_observation' }, '未录入评价等级');
  const key = String(observed);
  const level = rule.levels.find((candidate) => candidate.key === key);
  if (level === undefined) return notApplicable(`未定义的等级“${key}”`);
  const rate = dec(level.rate);
  const score = rate.times(context.weight);
  return scored(
    score,
    context.weight,
    `评为“${level.label}”（${formatPercent(rate)}），${roundScore(context.weight)} × ${roundRate(rate)} = ${roundScore(score)}`,
  );
}
