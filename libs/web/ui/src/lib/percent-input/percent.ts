/**
 * Rates as people type and read them: "95.03%" is the fraction 0.9503. The conversion moves the
 * decimal point in the text, never multiplies or divides a float, so what is typed is what is
 * stored ("95.03%" → "0.9503", not 0.9503000000000001) and what is stored is what is shown.
 */

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width digits and signs (９５．０３％) as their ASCII forms. */
function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * `text` (a plain or exponent decimal: "12.5", "-0.03", "1e-7") with its point moved `places` to the
 * right (left when negative), as a plain decimal without superfluous zeros; null when not a decimal.
 */
export function shiftDecimal(text: string, places: number): string | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  if (whole === '' && fraction === '') return null;
  const digits = whole + fraction;
  let point = whole.length + places + Number(exponent);
  let padded = digits;
  if (point <= 0) {
    padded = '0'.repeat(1 - point) + padded;
    point = 1;
  } else if (point > padded.length) {
    padded = padded + '0'.repeat(point - padded.length);
  }
  const integer = padded.slice(0, point).replace(/^0+(?=\d)/, '');
  const decimals = padded.slice(point).replace(/0+$/, '');
  const plain = decimals === '' ? integer : `${integer}.${decimals}`;
  return plain === '0' ? '0' : `${sign === '-' ? '-' : ''}${plain}`;
}

/** The result of reading a typed rate. */
export type ParsedPercent = { ok: true; value: string | null } | { ok: false };

/**
 * Reads what a user typed as a percentage: "95.03%", "95.03", " ９５．０３％ ", "-15 %", "1,234.5%"
 * give the fraction as an exact decimal string ("0.9503", "-0.15", "12.345"); empty text is null
 * (no value); anything else is not a percentage.
 */
export function parsePercent(typed: string): ParsedPercent {
  const text = halfWidth(typed).replace(/[\s,]/g, '').replace(/%$/, '');
  if (text === '') return { ok: true, value: null };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return { ok: false };
  const value = shiftDecimal(text, -2);
  return value === null ? { ok: false } : { ok: true, value };
}

/**
 * A fraction (a number or a decimal string: 0.9503, "0.9503", 1e-7) as a percentage: "95.03%";
 * null, undefined and text that is not a decimal give "".
 */
export function formatPercent(fraction: number | string | null | undefined): string {
  if (fraction === null || fraction === undefined) return '';
  if (typeof fraction === 'number' && !Number.isFinite(fraction)) return '';
  const percent = shiftDecimal(String(fraction), 2);
  return percent === null ? '' : `${percent}%`;
}
