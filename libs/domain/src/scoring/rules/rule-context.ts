import type { Dec } from '../decimal';
import { clamp, roundScore } from '../decimal';
import type { IndicatorNode, ValueSource } from '../framework.model';
import type { ObservedValue, UnscoredReason } from '../evaluation.model';
import type { DisplayUnit } from '../format';
import { formatValue } from '../format';
import type { Message, MessageParam } from '../../messages/message';
import { msg } from '../../messages/render';

/** A measured value read from its source, with how to name and show it. */
export type Resolved =
  | { ok: true; value: number; label: MessageParam; unit: DisplayUnit }
  | { ok: false; unscored: UnscoredReason; explanation: Message };

/** What a rule sees while scoring one leaf. */
export interface RuleContext {
  node: IndicatorNode;
  weight: Dec;
  /** `observations[node.id]`. */
  observed: ObservedValue | undefined;
  resolve(source: ValueSource): Resolved;
}

/** What a rule gives: an exact score within [0, weight] and how it came about, or why it has none. */
export type RuleOutcome =
  { score: Dec; explanation: Message } | { score: null; unscored: UnscoredReason; explanation: Message };

export function unscored(reason: UnscoredReason, explanation: Message): RuleOutcome {
  return { score: null, unscored: reason, explanation };
}

export function notApplicable(detail: Message): RuleOutcome {
  return unscored({ kind: 'rule_not_applicable', detail }, msg('rule.not_applicable', { detail }));
}

/**
 * Clamps a rule's score to [0, weight] (scores from rules never leave that range) and ends the
 * explanation with the score: "…，得 3.07 分".
 */
export function scored(score: Dec, weight: Dec, explanation: Message): RuleOutcome {
  const clamped = clamp(score, weight);
  const note = clamped.equals(score)
    ? ''
    : msg('rule.clamped', { raw: roundScore(score), weight: roundScore(weight), score: roundScore(clamped) });
  return {
    score: clamped,
    explanation: msg('rule.scored', { how: explanation, score: roundScore(clamped), note }),
  };
}

/** "预算调整率 16.50%" / "实际值 3". */
export function valueText(resolved: Resolved & { ok: true }): Message {
  return msg('value.labelled', { label: resolved.label, value: formatValue(resolved.value, resolved.unit) });
}

/** A source that could not be read makes the rule unscored with the same reason. */
export function failed(resolved: Resolved & { ok: false }): RuleOutcome {
  return { score: null, unscored: resolved.unscored, explanation: resolved.explanation };
}
