import type { DecimalString } from './framework.model';

const DECIMAL_PATTERN = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** A decimal string as the model allows it: plain notation, no exponent, no spaces. */
export function isDecimalString(value: unknown): value is DecimalString {
  return typeof value === 'string' && DECIMAL_PATTERN.test(value);
}
