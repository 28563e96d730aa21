import { bandMessage, bandContains } from '../bands';
import { dec } from '../decimal';
import type { BandsRule } from '../framework.model';
import { msg } from '../../messages/render';
import type { RuleContext, RuleOutcome } from './rule-context';
import { failed, notApplicable, scored, valueText } from './rule-context';

/** Bands: the first band (in the rule's order) containing the value gives its points. */
export function applyBands(rule: BandsRule, context: RuleContext): RuleOutcome {
  const resolved = context.resolve(rule.source);
  if (!resolved.ok) return failed(resolved);
  const band = rule.bands.find((candidate) => bandContains(candidate, resolved.value));
  const value = valueText(resolved);
  if (band === undefined) return notApplicable(msg('bands.no_band', { value }));
  const points = dec(band.points);
  return scored(
    points,
    context.weight,
    msg('bands.in_band', { value, band: bandMessage(band, resolved.unit) }),
  );
}
