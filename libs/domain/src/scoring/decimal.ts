import Decimal from 'decimal.js';
import type { DecimalString } from './framework.model';
import { isDecimalString } from './decimal-string';

export { isDecimalString } from './decimal-string';

/**
 * Exact decimal arithmetic for scores and weights, and THE rounding rule, stated once:
 * - scores are computed exactly (20 significant digits) while a rule is applied;
 * - every score the engine stores or shows (computed, final, totals) is rounded half-up to
 *   `SCORE_DECIMALS` (2) decimal places, and a parent adds its children's rounded scores;
 * - score rates (得分率) are fractions rounded half-up to `RATE_DECIMALS` (4) decimal places (0.8825).
 * Results are written without trailing zeros ("4.4", "3.07", "0").
 */
export const D = Decimal.clone({
  // 20 significant digits: scores and weights have at most a few integer digits and 2 decimals;
  // intermediate ratios keep far more precision than the half-up rounding to 2 places needs.
  precision: 20,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof D>;

export const SCORE_DECIMALS = 2;
export const RATE_DECIMALS = 4;

/** Zero, shared: decimals are immutable. */
export const ZERO: Dec = new D(0);

/** `value` half-up to `places` decimal places as a string; a value already that short is only written. */
function rounded(value: Decimal.Value, places: number): DecimalString {
  const decimal = value instanceof D ? value : new D(value);
  // decimalPlaces() is read off the digits; rounding allocates and normalises (most of the engine's cost).
  const short = decimal.isFinite() && decimal.decimalPlaces() <= places;
  return (short ? decimal : decimal.toDecimalPlaces(places, D.ROUND_HALF_UP)).toString();
}

/** The rounding rule for scores: half-up to 2 decimal places. */
export function roundScore(value: Decimal.Value): DecimalString {
  return rounded(value, SCORE_DECIMALS);
}

/** The rounding rule for rates (fractions): half-up to 4 decimal places. */
export function roundRate(value: Decimal.Value): DecimalString {
  return rounded(value, RATE_DECIMALS);
}

/** Parses a decimal string, or null when it is not one. */
export function parseDecimal(value: DecimalString): Dec | null {
  return isDecimalString(value) ? new D(value) : null;
}

/** Parsed decimal strings: decimals are immutable, and the same weights are parsed on every evaluation. */
const parsed = new Map<string, Dec>();
const PARSED_LIMIT = 10_000;

/** Parses a decimal string the framework validation has already accepted; invalid input counts as 0. */
export function dec(value: DecimalString | number): Dec {
  if (typeof value === 'number') return Number.isFinite(value) ? new D(value) : new D(0);
  let result = parsed.get(value);
  if (result === undefined) {
    result = parseDecimal(value) ?? new D(0);
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(value, result);
  }
  return result;
}

/** Parsed numbers (rule constants, observed values): the same ones are parsed on every evaluation. */
const parsedNumbers = new Map<number, Dec>();

/**
 * `new D(value)`, parsed once per distinct number. Zero is not shared through the map: it does not
 * tell 0 from -0, and decimal.js keeps the sign of a zero.
 */
export function num(value: number): Dec {
  if (value === 0) return new D(value);
  let result = parsedNumbers.get(value);
  if (result === undefined) {
    result = new D(value);
    if (parsedNumbers.size >= PARSED_LIMIT) parsedNumbers.clear();
    parsedNumbers.set(value, result);
  }
  return result;
}

/** Clamps to [0, max]. */
export function clamp(value: Dec, max: Dec): Dec {
  if (value.isNegative()) return ZERO;
  return value.greaterThan(max) ? max : value;
}
