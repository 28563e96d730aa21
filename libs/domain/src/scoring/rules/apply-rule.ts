import type { ScoringRule } from '../framework.model';
import { msg } from '../../messages/render';
import { applyBands } from './bands.rule';
import { applyDeductions } from './deductions.rule';
import { applyLevels } from './levels.rule';
import { applyLinear } from './linear.rule';
import { applyProportional } from './proportional.rule';
import { applyRatio } from './ratio.rule';
import type { RuleContext } from './rule-context';
import { unscored } from './rule-context';
import { applyStep } from './step.rule';
import { applyThreshold } from './threshold.rule';
import type { VetoOutcome } from './veto.rule';
import { applyVeto } from './veto.rule';
import { applyYesNo } from './yes-no.rule';

/** Applies a leaf's rule. `fired` is true only for a veto point whose condition happened. */
export function applyRule(rule: ScoringRule, context: RuleContext): VetoOutcome {
  switch (rule.kind) {
    case 'linear':
      return { ...applyLinear(rule, context), fired: false };
    case 'bands':
      return { ...applyBands(rule, context), fired: false };
    case 'deductions':
      return { ...applyDeductions(rule, context), fired: false };
    case 'step':
      return { ...applyStep(rule, context), fired: false };
    case 'levels':
      return { ...applyLevels(rule, context), fired: false };
    case 'yes_no':
      return { ...applyYesNo(rule, context), fired: false };
    case 'threshold':
      return { ...applyThreshold(rule, context), fired: false };
    case 'ratio':
      return { ...applyRatio(rule, context), fired: false };
    case 'proportional':
      return { ...applyProportional(rule, context), fired: false };
    case 'veto':
      return applyVeto(context);
    case 'judgement':
      return {
        ...unscored({ kind: 'judgement_required' }, msg('judgement.rule')),
        fired: false,
      };
  }
}
