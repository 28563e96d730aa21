import { D, dec, roundScore } from '../decimal';
import type { Dec } from '../decimal';
import type { DecimalString } from '../framework.model';
import type { Message } from '../../messages/message';
import { msg } from '../../messages/render';

/** A deduction limited by `maxDeduction` (when stated) and by the weight ("扣完为止"). */
export function capDeduction(
  deduction: Dec,
  weight: Dec,
  maxDeduction: DecimalString | undefined,
): { amount: Dec; note: Message | '' } {
  const cap = maxDeduction === undefined ? weight : D.min(dec(maxDeduction), weight);
  if (deduction.lessThanOrEqualTo(cap)) return { amount: deduction, note: '' };
  return { amount: cap, note: msg('deduction.capped', { cap: roundScore(cap) }) };
}
