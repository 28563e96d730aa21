import { D, roundScore } from './decimal';
import type { Dec } from './decimal';

/** How a measured value is shown in explanations: rates as percentages with 2 decimals. */
export type DisplayUnit = 'rate' | 'number';

/** 0.165 → "16.50%". */
export function formatPercent(value: number | Dec): string {
  return `${new D(value).times(100).toFixed(2, D.ROUND_HALF_UP)}%`;
}

/** A plain number with at most 4 decimals, no trailing zeros: 0.90671 → "0.9067". */
export function formatNumber(value: number | Dec): string {
  return new D(value).toDecimalPlaces(4, D.ROUND_HALF_UP).toString();
}

export function formatValue(value: number | Dec, unit: DisplayUnit): string {
  return unit === 'rate' ? formatPercent(value) : formatNumber(value);
}

/** A score as stored: "3.07 分" is written by callers; this gives "3.07". */
export function formatScore(value: Dec | string): string {
  return roundScore(value);
}

/** An anchor or bound as written in a standard: 0.1 → "10%", 0.165 → "16.5%"; numbers as they are. */
export function formatAnchor(value: number | Dec, unit: DisplayUnit): string {
  return unit === 'rate'
    ? `${new D(value).times(100).toDecimalPlaces(4, D.ROUND_HALF_UP).toString()}%`
    : formatNumber(value);
}
