import type { Dec } from '../decimal';
import { clamp, roundScore } from '../decimal';
import type { IndicatorNode, ValueSource } from '../framework.model';
import type { ObservedValue, UnscoredReason } from '../evaluation.model';
import type { DisplayUnit } from '../format';
import { formatValue } from '../format';

/** A measured value read from its source, with how to name and show it. */
export type Resolved =
  | { ok: true; value: number; label: string; unit: DisplayUnit }
  | { ok: false; unscored: UnscoredReason; explanation: string };

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
  { score: Dec; explanation: string } | { score: null; unscored: UnscoredReason; explanation: string };

export function unscored(reason: UnscoredReason, explanation: string): RuleOutcome {
  return { score: null, unscored: reason, explanation };
}

export function notApplicable(detail: string): RuleOutcome {
  return unscored({ kind: 'rule_not_applicable', detail }, `无法按规则计分：${detail}`);
}

/**
 * Clamps a rule's score to [0, weight] (scores from rules never leave that range) and ends the
 * explanation with the score: "…，得 3.07 分".
 */
export function scored(score: Dec, weight: Dec, explanation: string): RuleOutcome {
  const clamped = clamp(score, weight);
  const note = clamped.equals(score)
    ? ''
    : `（规则结果 ${roundScore(score)} 分超出 0–${roundScore(weight)} 分，按 ${roundScore(clamped)} 分计）`;
  return { score: clamped, explanation: `${explanation}，得 ${roundScore(clamped)} 分${note}` };
}

/** "预算调整率 16.50%" / "实际值 3". */
export function valueText(resolved: Resolved & { ok: true }): string {
  return `${resolved.label} ${formatValue(resolved.value, resolved.unit)}`;
}

/** A source that could not be read makes the rule unscored with the same reason. */
export function failed(resolved: Resolved & { ok: false }): RuleOutcome {
  return { score: null, unscored: resolved.unscored, explanation: resolved.explanation };
}
