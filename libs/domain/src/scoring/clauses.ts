import { D, ZERO, dec, roundScore } from './decimal';
import type { Dec } from './decimal';
import type { Observations } from './evaluation.model';
import type { Exemption, IndicatorNode } from './framework.model';
import { exemptionKey, extraDeductionKey } from './framework.model';
import { formatNumber } from './format';
import { capDeduction } from './rules/deduction-cap';
import { observedBoolean } from './rules/yes-no.rule';
import type { Message } from '../messages/message';
import { msg } from '../messages/render';

/** The node's exemption when its observation `"<id>#exempt"` says it applies. */
export function exemptionApplies(node: IndicatorNode, observations: Observations): Exemption | null {
  if (node.exemption === undefined) return null;
  const observed = observations[exemptionKey(node.id)];
  return observed !== undefined && observedBoolean(observed) === true ? node.exemption : null;
}

/**
 * The node's extra deductions ("另…每发现1处扣1分") taken from `score`: each counts the findings
 * observed under `"<id>#<n>"` (none entered = none found), capped by its own maximum; the result is
 * never below 0. Null when nothing is deducted.
 */
export function applyExtraDeductions(
  node: IndicatorNode,
  score: Dec,
  observations: Observations,
): { score: Dec; parts: Message[] } | null {
  const parts: Message[] = [];
  let total: Dec = ZERO;
  (node.deductions ?? []).forEach((deduction, index) => {
    const observed = observations[extraDeductionKey(node.id, index + 1)];
    const count =
      typeof observed === 'number' ? observed : typeof observed === 'string' ? Number(observed) : NaN;
    if (!Number.isFinite(count) || count <= 0) return;
    const per = dec(deduction.perFinding);
    const { amount, note } = capDeduction(per.times(count), score, deduction.maxDeduction);
    total = total.plus(amount);
    parts.push(
      msg('extra_deduction.applied', {
        label: deduction.label,
        count: formatNumber(count),
        per: roundScore(per),
        cap: note,
        amount: roundScore(amount),
      }),
    );
  });
  if (parts.length === 0) return null;
  const result = D.max(score.minus(total), 0);
  parts.push(
    msg('extra_deduction.total', {
      before: roundScore(score),
      amount: roundScore(total),
      score: roundScore(result),
    }),
  );
  return { score: result, parts };
}
