import { D } from '../decimal';
import type { RuleContext, RuleOutcome } from './rule-context';
import { notApplicable, unscored } from './rule-context';
import { observedBoolean } from './yes-no.rule';

/** What a veto point says about its parent. */
export type VetoOutcome = RuleOutcome & { fired: boolean };

/**
 * A veto point ("发生…的，本项指标得0分") scores 0 itself; when it fired (observed true) its parent
 * is zeroed. Its observation is required like any other: an unanswered veto leaves the parent unscored.
 */
export function applyVeto(context: RuleContext): VetoOutcome {
  if (context.observed === undefined) {
    return { ...unscored({ kind: 'missing_observation' }, '未录入是否发生否决情形'), fired: false };
  }
  const fired = observedBoolean(context.observed);
  if (fired === null) return { ...notApplicable(`“${String(context.observed)}”不是“是/否”`), fired: false };
  return fired
    ? { score: new D(0), explanation: `发生“${context.node.name}”，上级指标得 0 分`, fired: true }
    : { score: new D(0), explanation: `未发生“${context.node.name}”`, fired: false };
}
