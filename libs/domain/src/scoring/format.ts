import { D, num, roundScore } from './decimal';
import type { Dec } from './decimal';

/** How a measured value is shown in explanations: rates as percentages with 2 decimals. */
export type DisplayUnit = 'rate' | 'number';

const CACHE_LIMIT = 10_000;

/**
 * `format` of a number, written once per distinct number (the same anchors, bounds and observed values
 * are formatted on every evaluation); decimals are formatted each time.
 */
function cached(format: (value: Dec) => string): (value: number | Dec) => string {
  const texts = new Map<number, string>();
  return (value) => {
    if (typeof value !== 'number') return format(value);
    // 0 and -0 share a key but format alike ("0", "0.00%"); the text does not depend on the sign of zero.
    let text = texts.get(value);
    if (text === undefined) {
      text = format(num(value));
      if (texts.size >= CACHE_LIMIT) texts.clear();
      texts.set(value, text);
    }
    return text;
  };
}

/** 0.165 → "16.50%". */
export const formatPercent: (value: number | Dec) => string = cached(
  (value) => `${value.times(100).toFixed(2, D.ROUND_HALF_UP)}%`,
);

/** A plain number with at most 4 decimals, no trailing zeros: 0.90671 → "0.9067". */
export const formatNumber: (value: number | Dec) => string = cached((value) =>
  value.toDecimalPlaces(4, D.ROUND_HALF_UP).toString(),
);

/** An anchor or bound as written in a standard: 0.1 → "10%", 0.165 → "16.5%"; numbers as they are. */
const formatRateAnchor: (value: number | Dec) => string = cached(
  (value) => `${value.times(100).toDecimalPlaces(4, D.ROUND_HALF_UP).toString()}%`,
);

export function formatValue(value: number | Dec, unit: DisplayUnit): string {
  return unit === 'rate' ? formatPercent(value) : formatNumber(value);
}

/** A score as stored: "3.07 分" is written by callers; this gives "3.07". */
export function formatScore(value: Dec | string): string {
  return roundScore(value);
}

/** An anchor or bound as written in a standard: 0.1 → "10%", 0.165 → "16.5%"; numbers as they are. */
export function formatAnchor(value: number | Dec, unit: DisplayUnit): string {
  return unit === 'rate' ? formatRateAnchor(value) : formatNumber(value);
}
