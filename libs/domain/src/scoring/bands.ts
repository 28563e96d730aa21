import type { Band } from './framework.model';
import type { DisplayUnit } from './format';
import { formatAnchor } from './format';
import type { Message } from '../messages/message';
import { msg, renderMessage } from '../messages/render';

/**
 * Band bounds. Defaults, stated once: a lower bound is inclusive and an upper bound exclusive unless
 * the band says otherwise (`minInclusive: false`, `maxInclusive: true`), so "0–10%, 10–40%" written
 * without flags has neither gap nor overlap at 10%.
 */
export function minInclusive(band: Band): boolean {
  return band.minInclusive ?? true;
}
export function maxInclusive(band: Band): boolean {
  return band.maxInclusive ?? false;
}

export function bandContains(band: Band, value: number): boolean {
  if (band.min !== undefined && (minInclusive(band) ? value < band.min : value <= band.min)) return false;
  if (band.max !== undefined && (maxInclusive(band) ? value > band.max : value >= band.max)) return false;
  return true;
}

/** "10%（不含）–40%（含）", "100%（不含）以上", "10%（含）以下", as a message. */
export function bandMessage(band: Band, unit: DisplayUnit): Message {
  const bound = (value: number, inclusive: boolean) =>
    msg(inclusive ? 'band.bound_in' : 'band.bound_out', { value: formatAnchor(value, unit) });
  if (band.min !== undefined && band.max !== undefined) {
    return msg('band.range', {
      min: bound(band.min, minInclusive(band)),
      max: bound(band.max, maxInclusive(band)),
    });
  }
  if (band.min !== undefined) return msg('band.above', { min: bound(band.min, minInclusive(band)) });
  if (band.max !== undefined) return msg('band.below', { max: bound(band.max, maxInclusive(band)) });
  return msg('band.all');
}

/** The band in Chinese: "10%（不含）–40%（含）". */
export function bandLabel(band: Band, unit: DisplayUnit): string {
  return renderMessage(bandMessage(band, unit));
}

/** A band that contains no value at all (min above max, or a point with an exclusive end). */
export function bandIsEmpty(band: Band): boolean {
  if (band.min === undefined || band.max === undefined) return false;
  if (band.min > band.max) return true;
  return band.min === band.max && !(minInclusive(band) && maxInclusive(band));
}

export interface BandJoin {
  kind: 'gap' | 'overlap';
  /** Indexes in the rule's own order. */
  first: number;
  second: number;
}

/**
 * Gaps and overlaps between consecutive bands over the real line: the bands are ordered by lower
 * bound (unbounded below first), and each one's upper end is compared with the next one's lower end,
 * honouring inclusive and exclusive bounds. The ends of the line (below the first, above the last
 * band) are not checked: rules often start at 0.
 */
export function bandJoins(bands: readonly Band[]): BandJoin[] {
  const order = bands
    .map((band, index) => ({ band, index }))
    .filter(({ band }) => !bandIsEmpty(band))
    .sort(
      (a, b) =>
        lowerKey(a.band) - lowerKey(b.band) ||
        (minInclusive(a.band) ? 0 : 1) - (minInclusive(b.band) ? 0 : 1),
    );
  const joins: BandJoin[] = [];
  for (let i = 0; i + 1 < order.length; i++) {
    const current = order[i];
    const next = order[i + 1];
    if (current === undefined || next === undefined) continue;
    const join = compare(current.band, next.band);
    if (join) joins.push({ kind: join, first: current.index, second: next.index });
  }
  return joins;
}

function lowerKey(band: Band): number {
  return band.min ?? Number.NEGATIVE_INFINITY;
}

function compare(lower: Band, upper: Band): 'gap' | 'overlap' | null {
  if (lower.max === undefined || upper.min === undefined) return 'overlap';
  if (lower.max < upper.min) return 'gap';
  if (lower.max > upper.min) return 'overlap';
  const closedBelow = maxInclusive(lower);
  const closedAbove = minInclusive(upper);
  if (closedBelow && closedAbove) return 'overlap';
  if (!closedBelow && !closedAbove) return 'gap';
  return null;
}
