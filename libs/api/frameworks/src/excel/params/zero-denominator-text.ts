import type { ScoringRule, ZeroDenominatorVerdict } from '@jixiao/domain';
import { parseDecimalText } from '../number-text';
import { halfWidth } from '../text-normalise';
import { ZERO_DENOMINATOR_PARAMS as P } from '../sheet-layout';
import { splitItems, splitPair } from './param-list';
import { fail, ok, type Parsed } from './parsed';

/** `分母为0=0; 0/0=4`: the items stating a rule's verdict for a zero denominator, after its own parameters. */
export function formatZeroDenominator(rule: ScoringRule): string {
  const verdict = 'onZeroDenominator' in rule ? rule.onZeroDenominator : undefined;
  if (verdict === undefined) return '';
  return [
    verdict.nonzero === undefined ? null : `${P.nonzero}=${verdict.nonzero}`,
    verdict.zero === undefined ? null : `${P.zero}=${verdict.zero}`,
  ]
    .filter((item) => item !== null)
    .join('; ');
}

/** Takes the zero-denominator items out of a 规则参数 text; the rest is the rule's own parameters. */
export function extractZeroDenominator(
  text: string,
): Parsed<{ rest: string; verdict?: ZeroDenominatorVerdict }> {
  const rest: string[] = [];
  const verdict: ZeroDenominatorVerdict = {};
  for (const item of splitItems(text)) {
    const pair = splitPair(item);
    const name = pair === null ? '' : halfWidth(pair.left).replace(/\s+/g, '');
    const key = name === P.nonzero ? 'nonzero' : name === P.zero ? 'zero' : null;
    if (pair === null || key === null) {
      rest.push(item);
      continue;
    }
    const points = parseDecimalText(pair.right);
    if (points === null) return fail('param.not_number', { name, text: pair.right });
    if (verdict[key] !== undefined) return fail('param.repeated', { name });
    verdict[key] = points;
  }
  const stated = verdict.nonzero !== undefined || verdict.zero !== undefined;
  return ok(stated ? { rest: rest.join('; '), verdict } : { rest: rest.join('; ') });
}
