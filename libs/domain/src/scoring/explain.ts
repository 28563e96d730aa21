import type { UnscoredReason } from './evaluation.model';
import type { Message } from '../messages/message';
import { msg } from '../messages/render';
import { figureName } from './figures';

/** Why a node has no computed score. */
export function describeUnscored(reason: UnscoredReason): Message {
  switch (reason.kind) {
    case 'missing_figure':
      return msg('unscored.missing_figure', { figures: reason.figures.map(figureName) });
    case 'zero_denominator':
      return msg('unscored.zero_denominator', { measure: reason.measure });
    case 'missing_observation':
      return msg('unscored.missing_observation');
    case 'no_rule':
      return msg('unscored.no_rule');
    case 'judgement_required':
      return msg('unscored.judgement_required');
    case 'children_unscored':
      return msg('unscored.children_unscored', { children: reason.children });
    case 'rule_not_applicable':
      return reason.detail;
  }
}

/** "人工调整为 4.4 分（规则得 3.4 分），理由：…" appended to the rule's explanation. */
export function describeOverride(finalScore: string, computed: string | null, reason: string): Message {
  const rule =
    computed === null ? msg('override.rule_unscored') : msg('override.rule_score', { score: computed });
  const why =
    reason.trim() === '' ? msg('override.no_reason') : msg('override.reason', { reason: reason.trim() });
  return msg('override.applied', { score: finalScore, rule, why });
}
